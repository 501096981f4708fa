namespace NormsPortal.Web.Features.Search;

/// <summary>
/// A suggestion for the search box: a norm (<see cref="Type"/> <c>norm</c>, <see cref="Key"/> its
/// number) or a work (<c>work</c>, its symbol), with the label to show and where it leads.
/// </summary>
public sealed record SearchSuggestionDto(string Type, string Key, string Label, string Url);
