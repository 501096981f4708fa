namespace NormsPortal.Data.Import.Files;

/// <summary>
/// The codes of the messages <see cref="ImportFileReader"/> adds when it refuses a file (errors:
/// nothing of the file is read), beside the codes of the parser that reads it.
/// </summary>
public static class ImportFileCodes
{
    /// <summary>The file is larger than <see cref="ImportFileLimits.MaxFileBytes"/>.</summary>
    public const string TooLarge = "file-too-large";

    /// <summary>The file is empty.</summary>
    public const string Empty = "file-empty";

    /// <summary>The content is none of the formats the portal reads.</summary>
    public const string UnknownFormat = "file-unknown-format";

    /// <summary>The file could not be read for a reason none of the other codes names.</summary>
    public const string Unreadable = "file-unreadable";

    /// <summary>No symbol was given and the file name does not carry one.</summary>
    public const string NoSymbol = "file-no-symbol";

    /// <summary>The text holds no paragraph that could be read.</summary>
    public const string NoText = "file-no-text";

    /// <summary>The PDF is encrypted (even one that opens without a password is refused: save an unencrypted copy).</summary>
    public const string PdfEncrypted = "pdf-encrypted";

    /// <summary>The PDF is damaged or truncated.</summary>
    public const string PdfCorrupt = "pdf-corrupt";

    /// <summary>The PDF has more pages than <see cref="ImportFileLimits.MaxPdfPages"/>.</summary>
    public const string PdfTooManyPages = "pdf-too-many-pages";

    /// <summary>The PDF has no text layer (a scan): it would need OCR.</summary>
    public const string PdfNoText = "pdf-no-text";

    /// <summary>The Word file's zip has more entries than <see cref="ImportFileLimits.MaxWordEntries"/>.</summary>
    public const string WordTooManyEntries = "word-too-many-entries";

    /// <summary>The Word file expands beyond <see cref="ImportFileLimits.MaxWordExpandedBytes"/> (a zip bomb).</summary>
    public const string WordTooLargeExpanded = "word-too-large-expanded";

    /// <summary>The Word file carries macros.</summary>
    public const string WordMacros = "word-macros";

    /// <summary>The Word file refers to something outside itself (a template, an image or a linked object by address).</summary>
    public const string WordExternalRelationship = "word-external-relationship";

    /// <summary>The Word file is damaged, or a zip that is not a Word document.</summary>
    public const string WordCorrupt = "word-corrupt";
}
