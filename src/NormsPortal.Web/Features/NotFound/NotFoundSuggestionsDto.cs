namespace NormsPortal.Web.Features.NotFound;

/// <summary>Where a reader who asked for something the portal lacks might go instead.</summary>
/// <param name="Request">What was asked for.</param>
/// <param name="Norms">Norms whose numbers are close to the one asked for, closest first.</param>
/// <param name="Documents">Held documents whose symbols are close to the one asked for, closest first.</param>
/// <param name="SearchUrl">A search for what was asked for, or the search page when nothing was.</param>
public sealed record NotFoundSuggestionsDto(
    NotFoundRequest Request,
    IReadOnlyList<SuggestedLinkDto> Norms,
    IReadOnlyList<SuggestedLinkDto> Documents,
    string SearchUrl);

/// <summary>One suggestion: what to show (a norm number or a symbol), a description, and the portal's address for it.</summary>
public sealed record SuggestedLinkDto(string Label, string? Description, string Url);
