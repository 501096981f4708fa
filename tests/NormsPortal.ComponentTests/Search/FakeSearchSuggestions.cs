using NormsPortal.Web.Features.Search;

namespace NormsPortal.ComponentTests.Search;

/// <summary>Suggests the prepared entries whose key starts with the text typed, and remembers the texts.</summary>
internal sealed class FakeSearchSuggestions : ISearchSuggestions
{
    public List<SearchSuggestionDto> Entries { get; } = [];

    public List<string?> Texts { get; } = [];

    public Task<IReadOnlyList<SearchSuggestionDto>> SuggestAsync(string? text, int limit, CancellationToken cancellationToken)
    {
        Texts.Add(text);
        IReadOnlyList<SearchSuggestionDto> found = string.IsNullOrWhiteSpace(text)
            ? []
            : Entries.Where(e => e.Key.StartsWith(text.Trim(), StringComparison.OrdinalIgnoreCase)).Take(limit).ToList();
        return Task.FromResult(found);
    }
}
