using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Symbols;
using NormsPortal.Web.Features.Norms;

namespace NormsPortal.Web.Features.Search;

/// <summary>
/// Suggestions from two small indexed lookups, not the full-text search: norms whose number starts
/// with the text or whose label holds it, and works whose symbol starts with it (also as a short
/// form: <c>73/27</c> finds <c>A/RES/73/27</c>, <c>70/174</c> finds <c>A/70/174</c> too). A norm leads
/// to its own page (<c>/norms/1.6</c>: its text, counterpart and the provisions citing it), not to its
/// paragraph in the resolution, which that page links.
/// </summary>
public sealed class SearchSuggestionQuery(IDbContextFactory<PortalDbContext> contextFactory) : ISearchSuggestions
{
    /// <summary>The most suggestions shown at once.</summary>
    public const int MaxLimit = 10;

    /// <summary>Longer text is no longer a number, symbol or label being typed.</summary>
    public const int MaxTextLength = 80;

    public async Task<IReadOnlyList<SearchSuggestionDto>> SuggestAsync(string? text, int limit, CancellationToken cancellationToken)
    {
        var typed = text?.Trim() ?? "";
        if (typed.Length == 0 || typed.Length > MaxTextLength || limit < 1)
        {
            return [];
        }
        limit = Math.Min(limit, MaxLimit);
        var lower = typed.ToLowerInvariant();
        var symbol = SymbolLookup.NormalForm(typed);
        var resolution = "A/RES/" + symbol;
        var document = "A/" + symbol;

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // ToLower here is SQL's lower() on both providers, not .NET's culture-bound method.
#pragma warning disable CA1304, CA1311, CA1862
        var norms = await db.Norms.AsNoTracking()
            .Where(n => n.Number.StartsWith(typed) || n.Label.ToLower().Contains(lower))
            .OrderBy(n => n.Ordinal)
            .Take(limit)
            .Select(n => new { n.Number, n.Label })
            .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        // A query of letters only ("sec") names no symbol worth listing; it is a word for the full-text search.
        var works = symbol.Any(char.IsAsciiDigit) || symbol.Contains('/', StringComparison.Ordinal)
            ? await db.Works.AsNoTracking()
                .Where(w => w.Symbol.StartsWith(symbol) || w.Symbol.StartsWith(resolution) || w.Symbol.StartsWith(document))
                .OrderBy(w => w.Symbol.Length).ThenBy(w => w.Symbol)
                .Take(limit)
                .Select(w => new { w.Symbol, w.Title })
                .ToListAsync(cancellationToken)
            : [];

        return norms
            .Select(n => new SearchSuggestionDto("norm", n.Number, $"Norm {n.Number}: {n.Label}", NormUrls.For(n.Number)))
            .Concat(works.Select(w => new SearchSuggestionDto("work", w.Symbol, w.Title is null ? w.Symbol : $"{w.Symbol}: {w.Title}", DocumentUrls.For(w.Symbol))))
            .Take(limit)
            .ToList();
    }
}
