using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Model;
using NormsPortal.Data.Reuse;
using NormsPortal.Data.Search.Analysis;
using NormsPortal.Data.Search.Index;
using NormsPortal.Data.Symbols;
using NormsPortal.Data.Vocabulary;
using NormsPortal.Web.Components.Documents;

namespace NormsPortal.Web.Features.AgreedLanguage;

/// <summary>
/// Answers agreed-language lookups from the reuse index (<see cref="ReuseFinder"/>): the passage is analysed
/// as the index was (<see cref="SearchIndexer.Analyzer"/>), its five-grams looked up in its own language, the
/// reuses scored in .NET and shown with their differences (<see cref="WordDifferences"/>).
/// </summary>
public sealed class AgreedLanguageService(IDbContextFactory<PortalDbContext> contexts) : IAgreedLanguageService
{
    public async Task<AgreedLanguageOutcome> ForParagraphAsync(AgreedLanguageParagraphQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query.Symbol) || string.IsNullOrWhiteSpace(query.Anchor))
        {
            return AgreedLanguageOutcome.Refused(AgreedLanguageProblem.NoPassage, "Name the paragraph: a symbol and an anchor, e.g. symbol=A/RES/78/16&anchor=pp3.");
        }

        if (SymbolLookup.WhyNotASymbol(query.Symbol) is { } notASymbol)
        {
            return AgreedLanguageOutcome.Refused(AgreedLanguageProblem.UnknownSymbol, notASymbol);
        }

        if (LanguageOf(query.Language) is not { } language)
        {
            return AgreedLanguageOutcome.Refused(AgreedLanguageProblem.UnknownLanguage, Languages.UnknownMessage(query.Language));
        }

        if (query.Quote is { Length: > AgreedLanguageLimits.MaximumCharacters })
        {
            return TooLong();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await SymbolLookup.FindAsync(db.Works, query.Symbol, cancellationToken) is not { } work)
        {
            return AgreedLanguageOutcome.Refused(AgreedLanguageProblem.UnknownSymbol, $"The portal holds no document with the symbol '{query.Symbol}'.");
        }

        var anchor = query.Anchor.Trim();
        var paragraph = await db.Provisions.AsNoTracking()
            .Where(p => p.Expression.WorkId == work.Id && p.Expression.Language == language && p.Anchor == anchor)
            .Select(p => new { p.Id, p.Text })
            .FirstOrDefaultAsync(cancellationToken);
        if (paragraph is null)
        {
            return AgreedLanguageOutcome.Refused(
                AgreedLanguageProblem.UnknownAnchor,
                $"{work.Symbol} has no paragraph '{anchor}' in {Languages.EnglishName(language)}.");
        }

        var passage = string.IsNullOrWhiteSpace(query.Quote) ? paragraph.Text : query.Quote.Trim();
        var terms = SearchIndexer.Analyzer.Analyze(passage, language);
        if (terms.Count < AgreedLanguageLimits.MinimumWords)
        {
            return TooShort(string.IsNullOrWhiteSpace(query.Quote) ? "The paragraph" : "The passage");
        }

        var ownEntry = await db.SearchEntries.AsNoTracking()
            .Where(e => e.ProvisionId == paragraph.Id)
            .Select(e => (long?)e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var shingles = Distinct(ShinglesOf(terms, language));
        var evidence = await ReuseFinder.GatherAsync(db, [shingles], cancellationToken);
        var reuses = evidence.ReusesOf(shingles).Where(r => r.EntryId != ownEntry).ToDictionary(r => r.EntryId, r => r.Score);
        var places = await PlacesAsync(db, [.. reuses.Keys, .. ownEntry is { } own ? [own] : Array.Empty<long>()], cancellationToken);
        var items = Items(passage, reuses, places);
        var itself = ownEntry is { } id && places.TryGetValue(id, out var ownPlace) ? ItemOf(passage, ownPlace, new ReuseScore(1, 1)) : null;
        var everywhere = itself is null ? items : [itself, .. items];
        return AgreedLanguageOutcome.Found(new AgreedLanguageAnswer(
            language, passage, items, Earliest(everywhere), CountsOf(everywhere, places.Values), Segments: null));
    }

    public async Task<AgreedLanguageOutcome> ForTextAsync(AgreedLanguageTextQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query.Text))
        {
            return AgreedLanguageOutcome.Refused(AgreedLanguageProblem.NoPassage, "Paste the text to look up.");
        }

        if (query.Text.Length > AgreedLanguageLimits.MaximumCharacters)
        {
            return TooLong();
        }

        if (LanguageOf(query.Language) is not { } language)
        {
            return AgreedLanguageOutcome.Refused(AgreedLanguageProblem.UnknownLanguage, Languages.UnknownMessage(query.Language));
        }

        var text = query.Text;
        var terms = SearchIndexer.Analyzer.Analyze(text, language);
        if (terms.Count < AgreedLanguageLimits.MinimumWords)
        {
            return TooShort("The text");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var shingles = ShinglesOf(terms, language);
        var whole = Distinct(shingles);
        var frequency = await ReuseFinder.DocumentFrequencyAsync(db, whole, cancellationToken);
        var stretches = PastedTextSegments.Cut(text, terms, shingles, frequency);
        var groups = stretches.Where(s => s.Agreed).Select(s => s.Shingles).Prepend(whole).ToList();
        var evidence = await ReuseFinder.GatherAsync(db, groups, frequency, cancellationToken);

        // The text's reuses: paragraphs reusing it whole, or one of its agreed stretches long enough to be a passage.
        var reuses = new Dictionary<long, ReuseScore>();
        foreach (var (entry, score) in evidence.ReusesOf(whole))
        {
            reuses[entry] = score;
        }

        var sourcesOf = stretches.Where(s => s.Agreed).ToDictionary(s => s, s => evidence.ReusesOf(s.Shingles).Select(r => r.EntryId).ToList());
        foreach (var stretch in stretches.Where(s => s.Agreed && s.Words >= AgreedLanguageLimits.MinimumWords))
        {
            foreach (var entry in sourcesOf[stretch])
            {
                reuses.TryAdd(entry, ReuseScore.Of(whole, evidence.HeldByEntry[entry], evidence.DocumentFrequency));
            }
        }

        var works = await WorksAsync(db, [.. sourcesOf.Values.SelectMany(e => e).Select(SearchEntryKey.WorkIdOf).Distinct()], cancellationToken);
        var earliestOf = sourcesOf.ToDictionary(
            s => s.Key,
            s => s.Value.Count == 0 ? (long?)null : s.Value.MinBy(e => OrderOf(works[SearchEntryKey.WorkIdOf(e)], e)));
        var places = await PlacesAsync(db, [.. reuses.Keys, .. earliestOf.Values.OfType<long>()], cancellationToken);
        var items = Items(text, reuses, places);
        var segments = stretches.Select(s => s.Agreed && earliestOf[s] is { } first
                ? new AgreedLanguageSegment(s.Text, s.Start, s.Text.Length, true, ItemOf(s.Text, places[first], ReuseScore.Of(s.Shingles, evidence.HeldByEntry[first], evidence.DocumentFrequency)),
                    sourcesOf[s].Select(SearchEntryKey.WorkIdOf).Distinct().Count())
                : new AgreedLanguageSegment(s.Text, s.Start, s.Text.Length, false, null, 0))
            .ToList();
        return AgreedLanguageOutcome.Found(new AgreedLanguageAnswer(
            language, text, items, Earliest(items), CountsOf(items, places.Values), segments));
    }

    private static AgreedLanguageOutcome TooLong() =>
        AgreedLanguageOutcome.Refused(AgreedLanguageProblem.TooLong, $"The text is longer than {AgreedLanguageLimits.MaximumCharacters:N0} characters; look up a part of it.");

    private static AgreedLanguageOutcome TooShort(string what) =>
        AgreedLanguageOutcome.Refused(AgreedLanguageProblem.TooShort, $"{what} has fewer than {AgreedLanguageLimits.MinimumWords} words: too short to have a history of its own.");

    private static string? LanguageOf(string? written) =>
        string.IsNullOrWhiteSpace(written) ? Languages.English
        : Languages.IsOfficial(written.Trim().ToLowerInvariant()) ? written.Trim().ToLowerInvariant()
        : null;

    private static long[] ShinglesOf(IReadOnlyList<AnalyzedTerm> terms, string language) =>
        ReuseShingles.Of([.. terms.Select(t => t.Term)], language);

    private static HashSet<long> Distinct(IEnumerable<long> shingles) => [.. shingles];

    private static List<AgreedLanguageItem> Items(string passage, IReadOnlyDictionary<long, ReuseScore> reuses, IReadOnlyDictionary<long, Place> places) =>
        [.. reuses.Where(r => places.ContainsKey(r.Key))
            .Select(r => (Place: places[r.Key], r.Value))
            .OrderBy(r => OrderOf(r.Place.Work, r.Place.EntryId))
            .Select(r => ItemOf(passage, r.Place, r.Value))];

    private static AgreedLanguageItem ItemOf(string passage, Place place, ReuseScore score) => new(
        place.Work.Symbol,
        place.Anchor,
        place.Work.Date,
        Math.Round(score.WeightedShare, 3),
        place.Text,
        WordDifferences.Between(passage, place.Text),
        place.Work.Kind.ToName(),
        place.Work.Title,
        place.Work.Track,
        place.Work.Date?.Year,
        DocumentLinks.Page(place.Work.Symbol, place.Language, place.Anchor),
        AnchorLabel.InFull(place.Anchor));

    /// <summary>Date order, undated last; ties by symbol, then reading order (the entry id follows it within a text).</summary>
    private static (DateOnly, string, long) OrderOf(HeldText work, long entryId) => (work.Date ?? DateOnly.MaxValue, work.Symbol, entryId);

    private static AgreedLanguageItem? Earliest(IEnumerable<AgreedLanguageItem> items) =>
        items.OrderBy(i => i.Date ?? DateOnly.MaxValue).ThenBy(i => i.Symbol, StringComparer.Ordinal).FirstOrDefault();

    private static AgreedLanguageCounts CountsOf(IReadOnlyCollection<AgreedLanguageItem> items, IEnumerable<Place> places)
    {
        var symbols = items.Select(i => i.Symbol).ToHashSet(StringComparer.Ordinal);
        var works = places.Select(p => p.Work).Where(w => symbols.Contains(w.Symbol)).DistinctBy(w => w.Symbol).ToList();
        return new AgreedLanguageCounts(works.Count, works.Where(w => w.Session is not null).Select(w => w.Session).Distinct().Count());
    }

    private static async Task<Dictionary<long, Place>> PlacesAsync(PortalDbContext db, IReadOnlyCollection<long> entryIds, CancellationToken cancellationToken)
    {
        if (entryIds.Count == 0)
        {
            return [];
        }

        var ids = entryIds.Distinct().ToList();
        var entries = await db.SearchEntries.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.WorkId, e.Language, e.Anchor, e.Text })
            .ToListAsync(cancellationToken);
        var works = await WorksAsync(db, [.. entries.Select(e => e.WorkId).Distinct()], cancellationToken);
        return entries.ToDictionary(e => e.Id, e => new Place(e.Id, works[e.WorkId], e.Language, e.Anchor, e.Text));
    }

    private static async Task<Dictionary<int, HeldText>> WorksAsync(PortalDbContext db, IReadOnlyCollection<int> workIds, CancellationToken cancellationToken)
    {
        if (workIds.Count == 0)
        {
            return [];
        }

        var works = await db.Works.AsNoTracking()
            .Where(w => workIds.Contains(w.Id))
            .Select(w => new { w.Id, w.Symbol, w.Date, w.Session, w.Kind, w.Title })
            .ToListAsync(cancellationToken);
        var symbols = works.Select(w => w.Symbol).ToList();
        var tracks = await db.TrackMembers.AsNoTracking()
            .Where(m => symbols.Contains(m.WorkSymbol))
            .Join(db.Tracks, m => m.TrackId, t => t.Id, (m, t) => new { m.WorkSymbol, t.Key, t.Title, t.Ordinal })
            .OrderBy(t => t.Ordinal)
            .ToListAsync(cancellationToken);
        var trackOf = tracks.DistinctBy(t => t.WorkSymbol).ToDictionary(t => t.WorkSymbol, t => new AgreedLanguageTrack(t.Key, t.Title), StringComparer.Ordinal);
        return works.ToDictionary(
            w => w.Id,
            w => new HeldText(w.Symbol, w.Date, w.Session, w.Kind, w.Title, trackOf.GetValueOrDefault(w.Symbol)));
    }

    /// <summary>A held work as an answer shows it.</summary>
    private sealed record HeldText(string Symbol, DateOnly? Date, int? Session, WorkKind Kind, string? Title, AgreedLanguageTrack? Track);

    /// <summary>A paragraph of a held text, by its search entry id.</summary>
    private sealed record Place(long EntryId, HeldText Work, string Language, string Anchor, string Text);
}
