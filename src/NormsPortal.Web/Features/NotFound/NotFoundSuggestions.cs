using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Symbols;
using NormsPortal.Web.Features.Norms;

namespace NormsPortal.Web.Features.NotFound;

/// <summary>
/// Finds what a reader probably meant when a norm, a document or a page does not exist: norms with a
/// close number, held documents with a close symbol, and a search for what was typed.
/// </summary>
public sealed class NotFoundSuggestions(IDbContextFactory<PortalDbContext> contextFactory)
{
    /// <summary>The most norms offered: a mistyped number is close to a few norms at most.</summary>
    public const int MaxNorms = 3;

    /// <summary>The most documents offered.</summary>
    public const int MaxDocuments = 5;

    private const string SearchPath = "/search";

    /// <summary>
    /// Suggestions for <paramref name="requested"/>: an address (<c>/norms/1.99</c>,
    /// <c>/documents/A/RES/99/999</c>), a norm number (<c>1.99</c>) or a symbol (<c>A/RES/99/999</c>).
    /// </summary>
    public async Task<NotFoundSuggestionsDto> SuggestAsync(string? requested, CancellationToken cancellationToken)
    {
        var request = NotFoundRequest.Parse(requested);
        var norms = request.Kind == NotFoundRequestKind.Norm && request.Value.Length > 0
            ? await SuggestNormsAsync(request.Value, cancellationToken)
            : [];
        var symbol = SymbolOf(request);
        var documents = symbol is null ? [] : await SuggestDocumentsAsync(symbol, cancellationToken);
        return new NotFoundSuggestionsDto(request, norms, documents, SearchUrl(request));
    }

    private async Task<IReadOnlyList<SuggestedLinkDto>> SuggestNormsAsync(string number, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var norms = await db.Norms.AsNoTracking()
            .OrderBy(n => n.Ordinal)
            .Select(n => new { n.Number, n.Label, n.Ordinal })
            .ToListAsync(cancellationToken);

        // Closest spelling first ("1.9" for "1.99"); among equally close ones, the nearest paragraph.
        var asked = ParagraphOf(number);
        return norms
            .Select(n => new { Norm = n, Distance = EditDistance.Between(number, n.Number) })
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance)
            .ThenBy(c => asked is null || ParagraphOf(c.Norm.Number) is not { } paragraph ? int.MaxValue : Math.Abs(paragraph - asked.Value))
            .ThenBy(c => c.Norm.Ordinal)
            .Take(MaxNorms)
            .Select(c => new SuggestedLinkDto(c.Norm.Number, c.Norm.Label, NormUrls.For(c.Norm.Number)))
            .ToList();
    }

    private async Task<IReadOnlyList<SuggestedLinkDto>> SuggestDocumentsAsync(string symbol, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Symbols are short and a corpus holds thousands of works at most: comparing them all in
        // memory is cheaper than any index, and edit distance cannot be asked of both databases.
        var works = await db.Works.AsNoTracking()
            .Select(w => new { w.Symbol, w.Title })
            .ToListAsync(cancellationToken);

        var asked = symbol.ToUpperInvariant();
        var tolerance = Math.Max(2, asked.Length / 2);
        return works
            .Select(w => new { Work = w, Candidate = w.Symbol.ToUpperInvariant() })
            .Select(c => new { c.Work, Score = Score(asked, c.Candidate), Distance = EditDistance.Between(asked, c.Candidate) })
            .Where(c => c.Score <= tolerance)
            .OrderBy(c => c.Score)
            .ThenBy(c => c.Distance)
            .ThenBy(c => c.Work.Symbol, StringComparer.Ordinal)
            .Take(MaxDocuments)
            .Select(c => new SuggestedLinkDto(c.Work.Symbol, c.Work.Title, DocumentUrls.For(c.Work.Symbol)))
            .ToList();
    }

    /// <summary>
    /// Edit distance, except that a symbol containing all of what was typed ("73/27" in
    /// "A/RES/73/27") counts as one edit away: the reader left out the series prefix.
    /// </summary>
    private static int Score(string asked, string candidate) =>
        asked.Length >= 3 && candidate.Contains(asked, StringComparison.Ordinal)
            ? Math.Min(1, candidate.Length - asked.Length)
            : EditDistance.Between(asked, candidate);

    /// <summary>The symbol to compare with held works, or null when what was asked cannot be one.</summary>
    private static string? SymbolOf(NotFoundRequest request)
    {
        var value = request.Value.Trim('/');
        return request.Kind switch
        {
            NotFoundRequestKind.Document when value.Length > 0 => SymbolLookup.NormalForm(value),
            // An address such as /A/RES/73/27 (without /documents) may still name a document.
            NotFoundRequestKind.Page when value.Contains('/', StringComparison.Ordinal) && value.Any(char.IsDigit) => SymbolLookup.NormalForm(value),
            _ => null,
        };
    }

    private static string SearchUrl(NotFoundRequest request)
    {
        var terms = request.Kind == NotFoundRequestKind.Page
            ? request.Value.Trim('/').Replace('/', ' ').Replace('-', ' ').Trim()
            : request.Value.Trim();
        return terms.Length == 0 ? SearchPath : $"{SearchPath}?q={Uri.EscapeDataString(terms)}";
    }

    /// <summary>The paragraph of a norm number: 6 for "1.6".</summary>
    private static int? ParagraphOf(string number)
    {
        var dot = number.LastIndexOf('.');
        return int.TryParse(dot < 0 ? number : number[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var paragraph)
            ? paragraph
            : null;
    }
}
