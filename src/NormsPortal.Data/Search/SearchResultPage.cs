using NormsPortal.Data.Model;

namespace NormsPortal.Data.Search;

/// <summary>A page of matched works in rank order, the total of matched works over all pages, and the facet counts.</summary>
public sealed record SearchResultPage(IReadOnlyList<SearchWorkHit> Works, int Total, IReadOnlyList<SearchFacetRow> Facets);

/// <summary>A matched work: its best paragraphs (up to <see cref="SearchEngine.ParagraphsPerWork"/>) and how many matched in all.</summary>
public sealed record SearchWorkHit(string Symbol, WorkKind Kind, string? Title, DateOnly? Date, int Hits, List<SearchParagraphHit> Paragraphs);

/// <summary>A matched entry's anchor (empty for a title), language, stored text and what it is (a paragraph, a title, a norm's label, an annotation).</summary>
public sealed record SearchParagraphHit(string Anchor, string Language, string Text, SearchEntryKind Kind);

/// <summary>
/// One facet count: the facet (<see cref="Kind"/>, <c>track</c>, <c>decade</c>, <c>language</c>,
/// <c>norm</c>), a value (for kinds a work kind, or <see cref="AnnotationKind"/>), its count, and for tracks and norms their label (norms also their order).
/// </summary>
public sealed record SearchFacetRow(string Facet, string Value, int Count, string? Label, int Ordinal)
{
    public const string Kind = "kind";
    public const string Track = "track";
    public const string Decade = "decade";
    public const string Language = "language";
    public const string Norm = "norm";

    /// <summary>The <see cref="Kind"/> facet's value that counts the works with a matched curator's note, beside the work kinds.</summary>
    public const string AnnotationKind = "annotation";
}
