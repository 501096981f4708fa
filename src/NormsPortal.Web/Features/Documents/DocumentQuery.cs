using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Web.Features.Documents;

/// <summary>Reads one work with everything a reader looks for: facts, text, votes, sponsors, tracks, links both ways.</summary>
public sealed class DocumentQuery(IDbContextFactory<PortalDbContext> contextFactory)
{
    /// <summary>The work with symbol <paramref name="symbol"/> as typed (found by <see cref="SymbolLookup"/>), or null.</summary>
    public async Task<DocumentDto?> FindAsync(string symbol, string language, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await SymbolLookup.FindAsync(db.Works, symbol, cancellationToken) is not { } held)
        {
            return null;
        }

        var work = await db.Works.AsNoTracking()
            .Include(w => w.Facts)
            .Include(w => w.Expressions)
            .Include(w => w.Votes).ThenInclude(v => v.CountryVotes)
            .Include(w => w.Sponsors)
            .Include(w => w.Relations)
            .AsSplitQuery()
            .SingleOrDefaultAsync(w => w.Id == held.Id, cancellationToken);
        if (work is null)
        {
            // Deleted since it was found.
            return null;
        }

        var expression = work.Expressions.FirstOrDefault(e => e.Language == language);
        var text = expression is null ? null : await LoadTextAsync(db, work, expression, cancellationToken);
        var titleFact = work.Facts.FirstOrDefault(f => f.Key == FactKeys.Title);

        return new DocumentDto(
            work.Symbol,
            work.Kind.ToName(),
            work.Title ?? titleFact?.Value,
            work.Body,
            work.Committee,
            work.Date,
            work.Session,
            work.OfficialUrl ?? UnSymbol.OfficialUrl(work.Symbol).ToString(),
            work.AknWorkIri,
            [.. work.Facts.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new FactDto(f.Key, f.Value, f.Source, f.Verified, f.Origin.ToString()))],
            [.. Languages.Official.Where(l => work.Expressions.Any(e => e.Language == l))],
            text,
            [.. work.Votes.OrderBy(v => v.Stage).ThenBy(v => v.Date).Select(ToDto)],
            SponsorsOf(work),
            await LoadTrackPlacesAsync(db, work.Symbol, cancellationToken),
            await LoadRelationsAsync(db, work, cancellationToken),
            await db.CrossReferences.AsNoTracking().Where(r => r.SourceWorkId == work.Id && r.TargetSymbol != work.Symbol)
                .Select(r => r.TargetSymbol).Distinct().OrderBy(s => s).ToListAsync(cancellationToken),
            await LoadCitedByAsync(db, work.Symbol, language, cancellationToken));
    }

    /// <summary>
    /// The text of the work with symbol <paramref name="symbol"/> in <paramref name="language"/>, or null when
    /// the portal holds no such work or not in that language: the second column of a two-language view.
    /// </summary>
    public async Task<DocumentTextDto?> FindTextAsync(string symbol, string language, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await SymbolLookup.FindAsync(db.Works, symbol, cancellationToken) is not { } held)
        {
            return null;
        }

        var work = await db.Works.AsNoTracking()
            .Include(w => w.Expressions.Where(e => e.Language == language))
            .SingleOrDefaultAsync(w => w.Id == held.Id, cancellationToken);
        return work?.Expressions.FirstOrDefault() is { } expression
            ? await LoadTextAsync(db, work, expression, cancellationToken)
            : null;
    }

    private static async Task<DocumentTextDto> LoadTextAsync(PortalDbContext db, Work work, Expression expression, CancellationToken cancellationToken)
    {
        var provisions = await db.Provisions.AsNoTracking()
            .Where(p => p.ExpressionId == expression.Id)
            .Include(p => p.FootnoteMarks)
            .OrderBy(p => p.Ordinal)
            .ToListAsync(cancellationToken);
        var references = await db.CrossReferences.AsNoTracking()
            .Where(r => r.SourceWorkId == work.Id && r.SourceLanguage == expression.Language)
            .OrderBy(r => r.Start)
            .ToListAsync(cancellationToken);
        var targets = references.Select(r => r.TargetSymbol).Distinct().ToList();
        var held = (await db.Works.Where(w => targets.Contains(w.Symbol)).Select(w => w.Symbol).ToListAsync(cancellationToken)).ToHashSet();
        var anchorsById = provisions.ToDictionary(p => p.Id, p => p.Anchor);
        var referencesByAnchor = references.ToLookup(r => r.SourceAnchor);

        ProvisionDto ToDto(Provision p) => new(
            p.Anchor,
            p.Kind.ToString(),
            p.Number,
            p.Text,
            p.ParentId is { } parent ? anchorsById.GetValueOrDefault(parent) : null,
            DocumentUrls.For(work.Symbol, p.Anchor),
            [.. p.FootnoteMarks.OrderBy(m => m.Offset).Select(m => new FootnoteMarkDto(m.Offset, m.FootnoteAnchor))],
            [.. referencesByAnchor[p.Anchor].Select(r => new ReferenceDto(
                r.Start, r.Length, r.MatchedText, r.TargetSymbol, r.TargetAnchor, held.Contains(r.TargetSymbol), TargetUrl(r, held)))]);

        return new DocumentTextDto(
            expression.Language,
            expression.Source,
            expression.TextOfSymbol,
            [.. provisions.Where(p => p.Kind != ProvisionKind.Footnote).Select(ToDto)],
            [.. provisions.Where(p => p.Kind == ProvisionKind.Footnote).Select(ToDto)],
            await LoadTextOfWorkAsync(db, work, expression, cancellationToken));
    }

    /// <summary>The other document whose text <paramref name="expression"/> is (<see cref="Expression.TextOfSymbol"/>), when held.</summary>
    private static async Task<TextOfWorkDto?> LoadTextOfWorkAsync(PortalDbContext db, Work work, Expression expression, CancellationToken cancellationToken)
    {
        if (expression.TextOfSymbol is not { } symbol || symbol == work.Symbol)
        {
            return null;
        }

        var source = await db.Works.AsNoTracking().Include(w => w.Sponsors).SingleOrDefaultAsync(w => w.Symbol == symbol, cancellationToken);
        return source is null ? null : new TextOfWorkDto(source.Symbol, source.Kind.ToName(), SponsorsOf(source));
    }

    private static List<SponsorDto> SponsorsOf(Work work) =>
        [.. work.Sponsors.OrderBy(s => s.Role).ThenBy(s => s.Ordinal).Select(s => new SponsorDto(s.Name, s.Role.ToString(), s.Source))];

    /// <summary>A held target opens in the portal; one not held yet is a placeholder pointing at the official copy.</summary>
    private static string TargetUrl(CrossReference reference, HashSet<string> held) =>
        held.Contains(reference.TargetSymbol)
            ? DocumentUrls.For(reference.TargetSymbol, reference.TargetAnchor)
            : UnSymbol.OfficialUrl(reference.TargetSymbol).ToString();

    private static VoteDto ToDto(Vote vote) => new(
        vote.Stage.ToString(),
        vote.Subject.ToString(),
        vote.SubjectDetail,
        vote.Mode.ToString(),
        vote.Yes,
        vote.No,
        vote.Abstain,
        vote.Date,
        vote.Meeting,
        vote.Source,
        vote.Verified,
        [.. vote.CountryVotes.OrderBy(c => c.CountryName, StringComparer.Ordinal).Select(c => new CountryVoteDto(c.CountryName, c.CountryCode, KnownStates.Resolve(c.CountryName)?.NameThen, c.Choice.ToString()))]);

    private static async Task<IReadOnlyList<TrackPlaceDto>> LoadTrackPlacesAsync(PortalDbContext db, string symbol, CancellationToken cancellationToken)
    {
        var tracks = await db.Tracks.AsNoTracking()
            .Where(t => t.Members.Any(m => m.WorkSymbol == symbol))
            .Include(t => t.Members)
            .OrderBy(t => t.Ordinal)
            .ToListAsync(cancellationToken);
        return [.. tracks.Select(t =>
        {
            var members = t.Members.OrderBy(m => m.Ordinal).Select(m => m.WorkSymbol).ToList();
            var index = members.IndexOf(symbol);
            return new TrackPlaceDto(
                t.Key,
                t.Title,
                index + 1,
                index > 0 ? members[index - 1] : null,
                index < members.Count - 1 ? members[index + 1] : null);
        })];
    }

    private static async Task<IReadOnlyList<RelationDto>> LoadRelationsAsync(PortalDbContext db, Work work, CancellationToken cancellationToken)
    {
        var incoming = await db.WorkRelations.AsNoTracking()
            .Where(r => r.TargetSymbol == work.Symbol)
            .Join(db.Works, r => r.SourceWorkId, w => w.Id, (r, w) => new { r.Kind, w.Symbol, r.Source })
            .ToListAsync(cancellationToken);
        var outgoing = work.Relations.Select(r => r.TargetSymbol).Distinct().ToList();
        var held = (await db.Works.Where(w => outgoing.Contains(w.Symbol)).Select(w => w.Symbol).ToListAsync(cancellationToken)).ToHashSet();

        // A related work the portal does not hold yet (a committee report, say) opens at the official copy.
        string UrlOf(string symbol, bool isHeld) => isHeld ? DocumentUrls.For(symbol) : UnSymbol.OfficialUrl(symbol).ToString();

        return
        [
            .. work.Relations.Select(r => new RelationDto(
                r.Kind.ToString(), "out", r.TargetSymbol, r.Source, held.Contains(r.TargetSymbol), UrlOf(r.TargetSymbol, held.Contains(r.TargetSymbol)))),
            .. incoming.Select(r => new RelationDto(r.Kind.ToString(), "in", r.Symbol, r.Source, Held: true, DocumentUrls.For(r.Symbol))),
        ];
    }

    private static async Task<IReadOnlyList<CitingProvisionDto>> LoadCitedByAsync(
        PortalDbContext db, string symbol, string language, CancellationToken cancellationToken)
    {
        var citing = await db.CrossReferences.AsNoTracking()
            .Where(r => r.TargetSymbol == symbol && r.SourceWork.Symbol != symbol)
            .Select(r => new { Source = r.SourceWork.Symbol, r.SourceAnchor, r.SourceLanguage, r.MatchedText })
            .ToListAsync(cancellationToken);

        // One entry per citing paragraph: in the reader's language where that text cites it, else in English.
        return [.. citing
            .GroupBy(c => (c.Source, c.SourceAnchor))
            .Select(g => g.FirstOrDefault(c => c.SourceLanguage == language) ?? g.FirstOrDefault(c => c.SourceLanguage == Languages.English) ?? g.First())
            .OrderBy(c => c.Source, StringComparer.Ordinal).ThenBy(c => c.SourceAnchor, StringComparer.Ordinal)
            .Select(c => new CitingProvisionDto(c.Source, c.SourceAnchor, c.SourceLanguage, c.MatchedText, DocumentUrls.For(c.Source, c.SourceAnchor)))];
    }
}
