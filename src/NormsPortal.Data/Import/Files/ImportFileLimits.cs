namespace NormsPortal.Data.Import.Files;

/// <summary>
/// The bounds an uploaded or imported file must keep (configuration section <see cref="SectionName"/>).
/// Each is checked before the content is trusted: a file over a bound is refused with a message
/// that names the bound and its setting, never read half-way.
/// </summary>
public sealed class ImportFileLimits
{
    public const string SectionName = "Import:Files";

    /// <summary>The largest file of any format. The UN's PDF of a long report is a few MB.</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The most pages a PDF may have. The longest expert-group report runs to about 100.</summary>
    public int MaxPdfPages { get; set; } = 300;

    /// <summary>The most bytes a Word file's parts may hold once unzipped (a zip bomb expands far beyond its size).</summary>
    public long MaxWordExpandedBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>The most entries a Word file's zip may hold. A UN document has a few dozen.</summary>
    public int MaxWordEntries { get; set; } = 500;
}
