using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// What one document may change of the data its work shares across languages (work columns,
/// facts, sponsors, votes). Each language's text is its own expression, but a work has one title,
/// one date, one list of sponsors. English is the reference: an English document sets these; a
/// document in another language fills only what is missing, or replaces what it stored itself,
/// and its words (title, meeting, adoption mode) are kept under language keys such as
/// <c>title.fr</c>, so a French title never displaces the English one.
/// </summary>
internal sealed class DocumentAuthority(ParsedDocument document)
{
    private const string ReferenceLanguage = Languages.English;

    /// <summary>Facts whose values are words in the document's language rather than symbols, numbers or dates.</summary>
    private static readonly HashSet<string> s_wordedKeys = [FactKeys.Title, FactKeys.Meeting, FactKeys.AdoptionMode];

    public string Language { get; } = document.Language;

    /// <summary>The source written on facts, sponsors and votes: the document as a reader cites it, with its language.</summary>
    public string Source { get; } = document.CitedSource;

    /// <summary>
    /// The source imports wrote before sources were named for readers (the file and its language),
    /// still on the facts of a database imported then: this document's own, which it may replace.
    /// </summary>
    private readonly string _fileSource = $"{document.SourceName} ({document.Language})";

    public bool IsReference => Language == ReferenceLanguage;

    /// <summary>The key a value of <paramref name="key"/> is stored under for this document: <c>title</c> or <c>title.fr</c>.</summary>
    public string KeyFor(string key) => IsReference || !s_wordedKeys.Contains(key) ? key : $"{key}.{Language}";

    /// <summary>
    /// Whether this document may replace an imported fact stored under <paramref name="key"/> from
    /// <paramref name="storedSource"/>: an English document may; another one only its own language's
    /// key or a value it stored itself (under either form of its source).
    /// </summary>
    public bool MayReplaceFact(string key, string? storedSource) =>
        IsReference || storedSource == Source || storedSource == _fileSource || key.EndsWith("." + Language, StringComparison.Ordinal);

    /// <summary>
    /// Whether this document may set shared data that has no per-language home (body, committee,
    /// the sponsor list, a vote): an English document may; another one only where nothing is stored.
    /// </summary>
    public bool MaySetShared(bool isStored) => IsReference || !isStored;
}
