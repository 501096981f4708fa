using NormsPortal.Data.Anchors;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.Parsed;

/// <summary>
/// What a parser read from one document in one language, before anything touches the database.
/// Both parsers (UN text, Akoma Ntoso) produce this shape, so the importer that stores documents
/// does not care where a text came from. A file holding several parts yields one per part.
/// </summary>
public sealed class ParsedDocument
{
    /// <summary>The normalised symbol (see <see cref="Symbols.UnSymbol"/>).</summary>
    public required string Symbol { get; init; }

    /// <summary>Two-letter language code: en, fr, es, ru, zh, ar.</summary>
    public required string Language { get; init; }

    /// <summary>The file name (or address) the document was read from.</summary>
    public required string SourceName { get; init; }

    /// <summary><c>akn</c> or <c>un-text</c>.</summary>
    public required string SourceFormat { get; init; }

    /// <summary>
    /// The source as a reader cites it, written on the facts, sponsors and votes read from this
    /// document ("UN AKN file of A/RES/75/240, English"; <see cref="OfficialSources.NameDocument"/>).
    /// Part of the content hash, so a database holding file paths as sources imports its texts again.
    /// </summary>
    public string CitedSource => OfficialSources.NameDocument(Symbol, Language, SourceFormat);

    public WorkKind Kind { get; set; }

    public string? Title { get; set; }

    public string? Body { get; set; }

    public string? Committee { get; set; }

    public string? AgendaItem { get; set; }

    /// <summary>The kind of document as printed in the heading, e.g. "revised draft resolution".</summary>
    public string? DocumentLabel { get; set; }

    /// <summary>
    /// "The General Assembly," and the like: the first provision of the text (<see cref="AddEnactingFormula"/>).
    /// </summary>
    public string? EnactingFormula => Provisions.FirstOrDefault(p => p.Kind == ProvisionKind.Formula)?.Text;

    public int? Session { get; set; }

    /// <summary>Date of adoption (resolutions) or of issue (other documents).</summary>
    public DateOnly? Date { get; set; }

    public string? DraftSymbol { get; set; }

    public string? CommitteeReport { get; set; }

    public string? ReportParagraph { get; set; }

    /// <summary>The meeting at which it was adopted, e.g. "46th plenary meeting".</summary>
    public string? Meeting { get; set; }

    /// <summary>The meeting record's symbol, e.g. A/74/PV.46.</summary>
    public string? MeetingRecord { get; set; }

    /// <summary>As the source says it, e.g. "By a recorded vote", "Without a vote".</summary>
    public string? AdoptionMode { get; set; }

    public string? AknWorkIri { get; set; }

    public string? AknExpressionIri { get; set; }

    public List<string> Sponsors { get; } = [];

    public List<string> AdditionalSponsors { get; } = [];

    public List<ParsedVote> Votes { get; } = [];

    /// <summary>The text tree in reading order (preamble, operative paragraphs, annex …); footnotes are apart.</summary>
    public List<ParsedProvision> Provisions { get; } = [];

    public List<ParsedProvision> Footnotes { get; } = [];

    /// <summary>Hyperlinks the source marks up (AKN <c>ref</c>); plain-text mentions are found later.</summary>
    public List<ParsedLink> Links { get; } = [];

    /// <summary>What the parser repaired, doubted or could not read.</summary>
    public List<ImportMessage> Messages { get; } = [];

    /// <summary>
    /// Puts the enacting formula at the head of the text, where the UN prints it: a provision of its
    /// own, anchored <c>formula</c> in every language (so the languages align), not a numbered paragraph.
    /// Both importers add it here, so it is stored, shown and hashed (<see cref="Storage.DocumentContentHash"/>:
    /// texts imported before it was kept are imported again) like every other provision.
    /// The first formula counts.
    /// </summary>
    public void AddEnactingFormula(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (EnactingFormula is not null || string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        Provisions.Insert(0, new ParsedProvision { Kind = ProvisionKind.Formula, Anchor = ProvisionAnchor.Formula, Text = text.Trim() });
    }

    /// <summary>Every provision of the tree, depth first, then the footnotes.</summary>
    public IEnumerable<ParsedProvision> AllProvisions() =>
        Provisions.SelectMany(p => p.SelfAndDescendants()).Concat(Footnotes.SelectMany(f => f.SelfAndDescendants()));
}
