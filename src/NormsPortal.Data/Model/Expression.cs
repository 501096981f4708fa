namespace NormsPortal.Data.Model;

/// <summary>
/// A work's text in one language, with where that text came from. A resolution may hold the text
/// of its draft (73/27 holds that of A/C.1/73/L.27/Rev.1): <see cref="TextOfSymbol"/> says so.
/// </summary>
public sealed class Expression : AuditedEntity
{
    public int WorkId { get; set; }

    public Work Work { get; set; } = null!;

    /// <summary>The two-letter code: en, fr, es, ru, zh, ar.</summary>
    public required string Language { get; set; }

    /// <summary>The file or address the text was read from.</summary>
    public required string Source { get; set; }

    /// <summary>The format it was read from: <c>akn</c>, <c>un-text</c>.</summary>
    public required string SourceFormat { get; set; }

    /// <summary>Set when the text shown is that of another document (the draft it was adopted from).</summary>
    public string? TextOfSymbol { get; set; }

    /// <summary>A hash of the source, so a re-import of the same file changes nothing.</summary>
    public string? ContentHash { get; set; }

    public List<Provision> Provisions { get; } = [];
}
