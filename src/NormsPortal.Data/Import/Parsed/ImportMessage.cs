namespace NormsPortal.Data.Import.Parsed;

/// <summary>How much an import message matters.</summary>
public enum ImportSeverity
{
    /// <summary>Something the parser repaired (a split word, a glued footnote marker).</summary>
    Repair,

    /// <summary>Something doubtful that did not stop the import.</summary>
    Warning,

    /// <summary>Something that stopped this document's import.</summary>
    Error,
}

/// <summary>
/// A note from a parser or importer: a short stable <paramref name="Code"/> (for tests and
/// filtering), a readable <paramref name="Text"/>, and where it happened (file, element, anchor).
/// </summary>
public sealed record ImportMessage(ImportSeverity Severity, string Code, string Text, string? Location = null);
