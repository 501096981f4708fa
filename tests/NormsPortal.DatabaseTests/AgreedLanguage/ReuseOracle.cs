using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.Data.Search.Index;
using NormsPortal.Web.Features.AgreedLanguage;

namespace NormsPortal.DatabaseTests.AgreedLanguage;

/// <summary>
/// The plain scan the agreed-language answers are checked against: every stored paragraph of a language, its
/// word five-grams as text (the analyser's terms, so case and punctuation aside; no hashing, no index), and
/// for a passage every paragraph of an earlier work that holds at least 80 % of the passage's five-grams.
/// </summary>
internal sealed class ReuseOracle
{
    private const int Length = 5;
    private const double Share = 0.8;

    private readonly Dictionary<string, List<int>> _holding = new(StringComparer.Ordinal);

    private ReuseOracle(List<Paragraph> paragraphs)
    {
        Paragraphs = paragraphs;
        // Which paragraphs hold each five-gram: a count per paragraph without comparing every pair (the bulk corpus has ~100,000).
        for (var i = 0; i < paragraphs.Count; i++)
        {
            foreach (var gram in paragraphs[i].FiveGrams)
            {
                if (!_holding.TryGetValue(gram, out var holders))
                {
                    _holding[gram] = holders = [];
                }

                holders.Add(i);
            }
        }
    }

    public List<Paragraph> Paragraphs { get; }

    public static async Task<ReuseOracle> LoadAsync(PortalDbContext db, string language, CancellationToken cancellationToken)
    {
        var rows = await db.SearchEntries.AsNoTracking()
            .Where(e => e.Kind == SearchEntryKind.Paragraph && e.Language == language)
            .Join(db.Works, e => e.WorkId, w => w.Id, (e, w) => new { w.Symbol, w.Date, e.Anchor, e.Text })
            .ToListAsync(cancellationToken);
        return new ReuseOracle([.. rows.Select(r => new Paragraph(r.Symbol, r.Anchor, r.Date, r.Text, FiveGrams(r.Text, language)))]);
    }

    /// <summary>The paragraphs of works dated before <paramref name="passage"/>'s holding 80 % of its five-grams.</summary>
    public IEnumerable<Paragraph> EarlierReusesOf(Paragraph passage) =>
        passage.FiveGrams.SelectMany(gram => _holding[gram])
            .CountBy(i => i)
            .Where(held => (double)held.Value / passage.FiveGrams.Count >= Share)
            .Select(held => Paragraphs[held.Key])
            .Where(p => p.Date < passage.Date);

    private static HashSet<string> FiveGrams(string text, string language)
    {
        var terms = SearchIndexer.Analyzer.Analyze(text, language).Select(t => t.Term).ToList();
        return [.. Enumerable.Range(0, Math.Max(0, terms.Count - Length + 1)).Select(i => string.Join(' ', terms.Skip(i).Take(Length)))];
    }

    /// <summary>
    /// Checks the service's answer for every paragraph of <paramref name="symbols"/> in <paramref name="language"/>
    /// long enough to look up: each earlier reuse the scan finds is an item, and the earliest is the first by date.
    /// Returns how many items the answers held, so a caller can check that reuses were found at all.
    /// </summary>
    public async Task<int> AssertRecallAsync(IAgreedLanguageService service, IReadOnlyCollection<string> symbols, string language, CancellationToken cancellationToken)
    {
        var items = 0;
        var passages = Paragraphs.Where(p => symbols.Contains(p.Symbol) && SearchIndexer.Analyzer.Analyze(p.Text, language).Count >= AgreedLanguageLimits.MinimumWords).ToList();
        Assert.NotEmpty(passages);
        foreach (var passage in passages)
        {
            var outcome = await service.ForParagraphAsync(new AgreedLanguageParagraphQuery(passage.Symbol, passage.Anchor, language), cancellationToken);
            var answer = Assert.IsType<AgreedLanguageAnswer>(outcome.Answer, exactMatch: true);
            // Each language against its own: every item is a paragraph of this language, with its text.
            Assert.Equal(language, answer.Language);
            Assert.All(answer.Items, i => Assert.Contains(Paragraphs, p => p.Symbol == i.Symbol && p.Anchor == i.Anchor && p.Text == i.Text));
            var found = answer.Items.Select(i => (i.Symbol, i.Anchor)).ToHashSet();
            var expected = EarlierReusesOf(passage).ToList();
            var missing = expected.Where(e => !found.Contains((e.Symbol, e.Anchor))).Select(e => $"{e.Symbol} {e.Anchor}").ToList();
            Assert.True(missing.Count == 0, $"{passage.Symbol} {passage.Anchor} ({language}): the answer lacks {string.Join(", ", missing)}");
            Assert.DoesNotContain((passage.Symbol, passage.Anchor), found);
            Assert.Equal(answer.Items.OrderBy(i => i.Date ?? DateOnly.MaxValue).Select(i => i.Date), answer.Items.Select(i => i.Date));
            var earliest = expected.Select(e => e.Date).Append(passage.Date).Min();
            Assert.NotNull(answer.Earliest);
            Assert.True(answer.Earliest.Date <= earliest, $"{passage.Symbol} {passage.Anchor} ({language}): earliest {answer.Earliest.Date} is after {earliest}");
            Assert.Equal(answer.Items.Select(i => i.Date).Append(passage.Date).Min(), answer.Earliest.Date);
            items += answer.Items.Count;
        }

        return items;
    }

    public sealed record Paragraph(string Symbol, string Anchor, DateOnly? Date, string Text, HashSet<string> FiveGrams);
}
