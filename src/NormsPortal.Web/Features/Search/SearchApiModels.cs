using NormsPortal.Data.Search;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.Search;

/// <summary>
/// A search: the query text (filters included, e.g. <c>lang:fr</c>), the page of works wanted, and
/// whether the words must meet in one paragraph or only in one document.
/// </summary>
public sealed record SearchRequest(string? Q, int Page = 1, int PageSize = Paging.DefaultPageSize, SearchScope Scope = SearchScope.Paragraph);

/// <summary>
/// The answer to a search. When the query holds nothing to search for (no word, lookup or filter
/// left after parsing), <see cref="NothingToSearchFor"/> is true and the rest is empty; the API
/// turns that into a 400 ProblemDetails titled "Nothing to search for". <c>Items</c> are works,
/// ranked, each with its best matching paragraphs; <c>Total</c> counts the works matched over all
/// pages (the envelope every list shares, <see cref="ListPage"/>); <c>DirectMatches</c> are norms and works named by number or symbol; <c>Query</c> is the
/// canonical query text; <c>Warnings</c> say what the parser or the filters ignored or corrected;
/// <c>Scope</c> is <c>paragraph</c> (all words in one paragraph) or <c>document</c> (anywhere in one
/// document and language).
/// </summary>
public sealed record SearchResultsDto(
    IReadOnlyList<SearchWorkHitDto> Items,
    int Total,
    SearchFacetsDto Facets,
    IReadOnlyList<SearchDirectMatchDto> DirectMatches,
    int Page,
    int PageSize,
    string Query,
    IReadOnlyList<string> Warnings,
    bool NothingToSearchFor = false,
    string Scope = SearchScopeNames.Paragraph) : ListPage<SearchWorkHitDto>(Items, Total, Page, PageSize);

/// <summary>A matched work and its best paragraphs (<see cref="ParagraphTotal"/> counts them all).</summary>
public sealed record SearchWorkHitDto(
    string Symbol, [property: ApiVocabulary(ApiVocabulary.WorkKind)] string Kind, string? Title, DateOnly? Date, string Url, IReadOnlyList<SearchParagraphHitDto> Paragraphs, int ParagraphTotal);

/// <summary>
/// A matched paragraph (or the work's title, with an empty anchor, or a curator's note when
/// <see cref="Annotation"/>): its snippet is the stored text (a note's plain text) HTML-encoded with
/// <c>&lt;mark&gt;</c> around the matched words; <see cref="Url"/> is its permalink, for a note where it
/// is shown: beside its paragraph (a norm's beside the paragraph that states it) or atop its work.
/// </summary>
public sealed record SearchParagraphHitDto(
    string Anchor, [property: ApiVocabulary(ApiVocabulary.Language)] string Language, string SnippetHtml, string Url, bool Annotation = false);

/// <summary>Counts over every match: works by kind (and those with a matched curator's note, <c>annotation</c>), track, decade and language; texts by norm.</summary>
public sealed record SearchFacetsDto(
    IReadOnlyList<FacetValueDto> Kind,
    IReadOnlyList<FacetValueDto> Track,
    IReadOnlyList<FacetValueDto> Decade,
    IReadOnlyList<FacetValueDto> Language,
    IReadOnlyList<FacetValueDto> Norm)
{
    public static SearchFacetsDto None { get; } = new([], [], [], [], []);
}

/// <summary>One facet value; <see cref="Filter"/> is what to add to the query to keep only it (<c>kind:report</c>).</summary>
public sealed record FacetValueDto(string Value, string Label, int Count, string Filter);

/// <summary>A norm (<see cref="Type"/> <c>norm</c>) or a work (<c>work</c>) named by the query's number or symbol.</summary>
public sealed record SearchDirectMatchDto(string Type, string Key, string Label, string Url);
