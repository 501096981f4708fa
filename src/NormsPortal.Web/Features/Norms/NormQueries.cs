using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Caching;
using NormsPortal.Data.Model;
using NormsPortal.Data.Vocabulary;
using NormsPortal.Web.Caching;

namespace NormsPortal.Web.Features.Norms;

/// <summary>Reads norms with the current text of the provisions they point at.</summary>
public sealed class NormQueries(IDbContextFactory<PortalDbContext> contextFactory, SharedDataCache shared)
{
    /// <summary>
    /// The 13 norms in order, read once for every reader (<see cref="SharedDataCache"/>): every interactive visit of a
    /// norm page asks for them, and the provisions citing them took PostgreSQL the longest of the page's queries.
    /// </summary>
    public async Task<IReadOnlyList<NormDto>> ListAsync(CancellationToken cancellationToken) =>
        (await shared.GetOrReadAsync<List<NormDto>>("norms", ReadAllAsync, CacheTagsOf, cancellationToken))!;

    /// <summary>What the norms show: each norm, the list, and the works their paragraphs and counterparts are in.</summary>
    private static IEnumerable<string> CacheTagsOf(IEnumerable<NormDto> norms) =>
        [CacheTags.Norms, .. norms.SelectMany(norm => norm.Counterparts.Select(c => c.Symbol).Append(norm.Statement.Symbol).Select(CacheTags.Work).Append(CacheTags.Norm(norm.Number)))];

    private async Task<List<NormDto>?> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var norms = await db.Norms.AsNoTracking().Include(n => n.Counterparts).Include(n => n.Themes).AsSplitQuery().OrderBy(n => n.Ordinal).ToListAsync(cancellationToken);
        return [.. await ToDtosAsync(db, norms, cancellationToken)];
    }

    /// <summary>The norm numbered <paramref name="number"/> (<c>1.6</c>), or null.</summary>
    public async Task<NormDto?> FindAsync(string number, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var norm = await db.Norms.AsNoTracking().Include(n => n.Counterparts).Include(n => n.Themes).AsSplitQuery()
            .SingleOrDefaultAsync(n => n.Number == number.Trim(), cancellationToken);
        return norm is null ? null : (await ToDtosAsync(db, [norm], cancellationToken))[0];
    }

    private static async Task<IReadOnlyList<NormDto>> ToDtosAsync(PortalDbContext db, IReadOnlyList<Norm> norms, CancellationToken cancellationToken)
    {
        var places = norms.Select(n => n.Statement).Concat(norms.SelectMany(n => n.Counterparts).Select(c => c.Target)).ToList();
        var texts = await ProvisionTexts.LoadAsync(db, places, Languages.English, cancellationToken);
        var statementSymbols = norms.Select(n => n.Statement.Symbol).Distinct().ToList();
        var citations = await db.CrossReferences.AsNoTracking()
            .Where(r => statementSymbols.Contains(r.TargetSymbol) && r.TargetAnchor != null && r.SourceLanguage == Languages.English)
            .Select(r => new { r.TargetSymbol, r.TargetAnchor, Source = r.SourceWork.Symbol, r.SourceAnchor, r.SourceLanguage, r.MatchedText })
            .ToListAsync(cancellationToken);

        return norms.Select(norm => new NormDto(
            norm.Number,
            norm.Label,
            texts.GetValueOrDefault((norm.Statement.Symbol, norm.Statement.Anchor)) ?? norm.Statement.Quote,
            new TextLocationDto(norm.Statement.Symbol, norm.Statement.Anchor, DocumentUrls.For(norm.Statement.Symbol, norm.Statement.Anchor)),
            [.. norm.Counterparts.OrderBy(c => c.Id).Select(c => new NormCounterpartDto(
                c.Citation, c.Target.Symbol, c.Target.Anchor, c.Verified, c.Note, texts.GetValueOrDefault((c.Target.Symbol, c.Target.Anchor))))],
            [.. citations
                .Where(c => c.TargetSymbol == norm.Statement.Symbol && c.TargetAnchor == norm.Statement.Anchor)
                .Select(c => new CitingProvisionDto(c.Source, c.SourceAnchor, c.SourceLanguage, c.MatchedText, DocumentUrls.For(c.Source, c.SourceAnchor)))])
            {
                Themes = NormThemes.InOrder(norm),
                Version = norm.Version,
            })
            .ToList();
    }
}
