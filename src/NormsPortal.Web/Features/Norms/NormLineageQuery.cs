using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Caching;
using NormsPortal.Data.Model;
using NormsPortal.Data.Vocabulary;
using NormsPortal.Web.Caching;
using NormsPortal.Web.Features.AgreedLanguage;
using NormsPortal.Web.Features.Compare;

namespace NormsPortal.Web.Features.Norms;

/// <summary>
/// Builds a norm's line (<see cref="NormLineageDto"/>): the curated steps (the norm's counterparts in the
/// expert-group reports, then its paragraph in 73/27, compared with the first of them the portal holds) and
/// the computed ones (every other paragraph reusing the norm's wording, from the agreed-language service).
/// Everything is joined by symbol and anchor, so a report imported later fills its step in by itself.
/// </summary>
/// <remarks>
/// The curators' own links (<see cref="NormLinkCuration"/>) are curated steps too, labelled with their relation and
/// compared with the norm's text like the computed steps; a paragraph that is both curated and found by the index is
/// shown once, as curated. A computed step a curator confirmed is verified; one they hid is left out, but for admins
/// (<c>withHidden</c>), who see it marked hidden to undo (<see cref="NormStepReviews"/>).
/// </remarks>
public sealed class NormLineageQuery(IDbContextFactory<PortalDbContext> contextFactory, IAgreedLanguageService agreedLanguage, SharedDataCache shared)
{
    /// <summary>
    /// The line of the norm numbered <paramref name="number"/> (<c>1.6</c>), in English, as the public sees it; null for
    /// an unknown norm. Read once for every reader (<see cref="SharedDataCache"/>, under <see cref="CacheTagsOf"/>): every
    /// interactive visit of a norm page asks for it, and each reading is a dozen queries and a look-up in the reuse index.
    /// </summary>
    public Task<NormLineageDto?> FindAsync(string number, CancellationToken cancellationToken) =>
        shared.GetOrReadAsync("norm-lineage:" + number.Trim(), token => FindAsync(number, withHidden: false, token), CacheTagsOf, cancellationToken);

    /// <summary>What a line shows, to file an answer showing it under: its norm, the lineages and every work it quotes.</summary>
    public static IEnumerable<string> CacheTagsOf(NormLineageDto line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return [CacheTags.Norm(line.Number), CacheTags.Lineages, CacheTags.Work(line.Statement.Symbol), .. line.Steps.Select(step => CacheTags.Work(step.Symbol))];
    }

    /// <summary>
    /// The line of the norm numbered <paramref name="number"/>; with <paramref name="withHidden"/> (for admins), the
    /// computed steps curators hid are in it, marked <see cref="LineageStepDto.Hidden"/>.
    /// </summary>
    public async Task<NormLineageDto?> FindAsync(string number, bool withHidden, CancellationToken cancellationToken)
    {
        Norm? norm;
        Dictionary<(string Symbol, string Anchor), string> texts;
        Dictionary<string, HeldWork> works;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            norm = await db.Norms.AsNoTracking().Include(n => n.Counterparts).Include(n => n.Links).Include(n => n.StepReviews).AsSplitQuery()
                .SingleOrDefaultAsync(n => n.Number == number.Trim(), cancellationToken);
            if (norm is null)
            {
                return null;
            }

            var places = norm.Counterparts.Select(c => c.Target).Append(norm.Statement).Concat(norm.Links.Select(l => l.Target)).ToList();
            texts = await ProvisionTexts.LoadAsync(db, places, Languages.English, cancellationToken);
            var symbols = places.Select(p => p.Symbol).Distinct().ToList();
            works = await db.Works.AsNoTracking().Where(w => symbols.Contains(w.Symbol))
                .Select(w => new HeldWork(w.Symbol, w.Date, w.OfficialUrl))
                .ToDictionaryAsync(w => w.Symbol, cancellationToken);
        }

        var steps = norm.Counterparts.OrderBy(c => c.Id)
            .Select(c => CuratedStep(c.Target, c.Citation, works, c.Verified, texts.GetValueOrDefault((c.Target.Symbol, c.Target.Anchor)), earlier: null))
            .ToList();
        var statementText = texts.GetValueOrDefault((norm.Statement.Symbol, norm.Statement.Anchor)) ?? norm.Statement.Quote;
        var statementCitation = AnchorLabel.Reference(norm.Statement.Symbol, norm.Statement.Anchor);
        var statement = CuratedStep(norm.Statement, statementCitation, works, verified: true, statementText, steps.FirstOrDefault(s => s.Text is not null));
        steps.Add(statement);
        steps.AddRange(norm.Links.OrderBy(l => l.Id).Select(link =>
            CuratedStep(link.Target, AnchorLabel.Reference(link.Target.Symbol, link.Target.Anchor), works, verified: true,
                texts.GetValueOrDefault((link.Target.Symbol, link.Target.Anchor)), statement) with
            {
                Relation = NormLinkCuration.RelationName(link.Relation),
                Note = link.Note,
            }));

        var curated = steps.Select(s => (s.Symbol, s.Anchor)).ToHashSet();
        var decisions = norm.StepReviews.ToDictionary(r => (r.Symbol, r.Anchor), r => r.Decision);
        var reuses = await agreedLanguage.ForParagraphAsync(
            new AgreedLanguageParagraphQuery(norm.Statement.Symbol, norm.Statement.Anchor, Languages.English), cancellationToken);
        steps.AddRange((reuses.Answer?.Items ?? [])
            .Where(item => !curated.Contains((item.Symbol, item.Anchor)))
            .Select(item => ComputedStep(item, statementCitation, decisions.TryGetValue((item.Symbol, item.Anchor), out var decision) ? decision : null))
            .Where(step => withHidden || !step.Hidden));

        return new NormLineageDto(
            norm.Number,
            norm.Label,
            statementText,
            new TextLocationDto(norm.Statement.Symbol, norm.Statement.Anchor, DocumentUrls.For(norm.Statement.Symbol, norm.Statement.Anchor)),
            InDateOrder(steps));
    }

    /// <summary>A curated step: its text compared with the <paramref name="earlier"/> step's, or the wording's first held appearance.</summary>
    private static LineageStepDto CuratedStep(
        TextReference place, string citation, Dictionary<string, HeldWork> works, bool verified, string? text, LineageStepDto? earlier)
    {
        var work = works.GetValueOrDefault(place.Symbol);
        var url = DocumentUrls.For(place.Symbol, place.Anchor);
        if (text is null)
        {
            return new LineageStepDto(place.Symbol, place.Anchor, citation, work?.Date, LineageOrigins.Curated, LineageWordings.NotHeld,
                verified, null, null, [], null, url, work?.OfficialUrl);
        }

        if (earlier?.Text is not { } earlierText)
        {
            return new LineageStepDto(place.Symbol, place.Anchor, citation, work?.Date, LineageOrigins.Curated, LineageWordings.New,
                verified, null, text, [], null, url, null);
        }

        var differences = WordDifferences.Between(earlierText, text);
        var verbatim = differences.All(d => d.Kind == WordChangeKind.Same);
        return new LineageStepDto(place.Symbol, place.Anchor, citation, work?.Date, LineageOrigins.Curated,
            verbatim ? LineageWordings.Verbatim : LineageWordings.Modified, verified, KeptShare(differences),
            text, verbatim ? [] : differences, earlier.Citation, url, null);
    }

    /// <summary>The share of the earlier text's words the later keeps, in order: the words its diff leaves unmarked.</summary>
    private static double KeptShare(IReadOnlyList<WordDifference> differences)
    {
        int WordsOf(WordChangeKind kind) => ParagraphSimilarity.Read(string.Join(' ', differences.Where(d => d.Kind == kind).Select(d => d.Text))).Count;
        var kept = WordsOf(WordChangeKind.Same);
        var earlier = kept + WordsOf(WordChangeKind.Deleted);
        return earlier == 0 ? 1 : (double)kept / earlier;
    }

    /// <summary>
    /// A paragraph the index found reusing the norm's wording, compared with the norm's text: verified when a curator
    /// confirmed it, hidden when they hid it, as the index found it otherwise.
    /// </summary>
    private static LineageStepDto ComputedStep(AgreedLanguageItem item, string normCitation, NormStepDecision? decision) =>
        new(item.Symbol, item.Anchor, AnchorLabel.Reference(item.Symbol, item.Anchor), item.Date, LineageOrigins.Computed,
            item.Verbatim ? LineageWordings.Verbatim : LineageWordings.Modified, decision == NormStepDecision.Confirmed ? true : null, item.Similarity, item.Text,
            item.Verbatim ? [] : item.Differences, normCitation, item.Url, null)
        {
            Hidden = decision == NormStepDecision.Hidden,
        };

    /// <summary>
    /// The steps by date, keeping their order where dates tie. A step of a work whose date is not recorded keeps
    /// its place after the step before it.
    /// </summary>
    private static List<LineageStepDto> InDateOrder(List<LineageStepDto> steps)
    {
        var previous = DateOnly.MinValue;
        return [.. steps.Select(step => (Step: step, Date: previous = step.Date ?? previous)).OrderBy(s => s.Date).Select(s => s.Step)];
    }

    private sealed record HeldWork(string Symbol, DateOnly? Date, string? OfficialUrl);
}
