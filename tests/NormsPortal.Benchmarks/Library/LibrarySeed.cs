using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;

namespace NormsPortal.Benchmarks.Library;

/// <summary>
/// A researcher's library of 1,000 bookmarks, made through the real API as a script would make it: eight
/// collections, then every norm and work of the shipped corpus, English paragraphs and passages quoted from
/// them, and saved searches for the rest, in a mixed order; most with a Markdown note, up to three of 24 tags
/// and one or two collections. The targets are read from the database the portal serves.
/// </summary>
internal static class LibrarySeed
{
    public const int Bookmarks = 1_000;
    private const int Paragraphs = 350;
    private const int Passages = 250;
    private const int Collections = 8;
    private const int QuoteWords = 7;

    /// <summary>The tags the bookmarks carry; the first is the one the filtered request asks for.</summary>
    public static IReadOnlyList<string> Tags { get; } =
    [
        "due diligence", "critical infrastructure", "attribution", "supply chain", "CERTs", "capacity building",
        "human rights", "sovereignty", "international law", "confidence building", "ransomware", "elections",
        "thesis ch. 2", "thesis ch. 3", "to cite", "to check", "contested", "agreed language", "OEWG", "GGE",
        "state practice", "non-state actors", "vulnerabilities", "privacy",
    ];

    private static readonly string[] SearchTerms =
    [
        "due diligence", "critical infrastructure", "attribution", "supply chain integrity", "emergency response teams",
        "capacity building", "human rights online", "state sovereignty", "Charter of the United Nations", "confidence-building measures",
        "vulnerability disclosure", "malicious ICT activity", "harmful hidden functions", "international cooperation", "peaceful settlement",
        "regional organizations", "gender perspective", "points of contact", "terrorist use", "open-ended working group",
    ];

    /// <summary>What was made: the collections' ids in their order, the bookmarks of each kind, and the last bookmark's id.</summary>
    public sealed record Seeded(IReadOnlyList<int> CollectionIds, IReadOnlyDictionary<string, int> ByKind, int LastBookmarkId);

    public static async Task<Seeded> CreateAsync(HttpClient api, IDbContextFactory<PortalDbContext> database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(database);
        var collectionIds = new List<int>();
        for (var i = 1; i <= Collections; i++)
        {
            var created = await PostAsync(api, "api/v1/me/collections",
                new { name = $"Collection {i}", description = $"Material for part {i} of the study." }, cancellationToken);
            collectionIds.Add(created.GetProperty("id").GetInt32());
        }

        var targets = await TargetsAsync(database, cancellationToken);
        // A fixed shuffle (7919 is prime, so i·7919 mod n visits every index once) mixes the kinds on every page.
        var mixed = Enumerable.Range(0, targets.Count).Select(i => targets[(int)((long)i * 7919 % targets.Count)]).ToList();
        var last = 0;
        for (var i = 0; i < mixed.Count; i++)
        {
            var tags = Enumerable.Range(0, i % 4).Select(k => Tags[((i * 7) + (k * 5)) % Tags.Count]).Distinct().ToArray();
            int[] inCollections = (i % 5, i % 3) switch
            {
                (0, _) => [],
                (_, 0) => [.. new[] { collectionIds[i % Collections], collectionIds[(i / 3) % Collections] }.Distinct()],
                _ => [collectionIds[i % Collections]],
            };
            var note = i % 4 == 3 ? ""
                : string.Create(CultureInfo.InvariantCulture, $"**Point {i}.** Read with the *{Tags[i % Tags.Count]}* commentary; compare [norm 1.6](/norms/1.6).\n\n- where it was agreed\n- who has cited it since");
            var created = await PostAsync(api, "api/v1/me/bookmarks", new { target = mixed[i], note, tags, collections = inCollections }, cancellationToken);
            last = created.GetProperty("id").GetInt32();
        }

        return new Seeded(collectionIds, mixed.GroupBy(KindOf).ToDictionary(g => g.Key, g => g.Count()), last);
    }

    /// <summary>1,000 distinct targets in the API's forms: norms, works, paragraphs, passages, then searches to fill.</summary>
    private static async Task<List<object>> TargetsAsync(IDbContextFactory<PortalDbContext> database, CancellationToken cancellationToken)
    {
        await using var db = await database.CreateDbContextAsync(cancellationToken);
        var norms = await db.Norms.AsNoTracking().OrderBy(n => n.Id).Select(n => n.Number).ToListAsync(cancellationToken);
        var works = await db.Works.AsNoTracking().OrderBy(w => w.Id).Select(w => w.Symbol).ToListAsync(cancellationToken);
        var paragraphs = (await db.Provisions.AsNoTracking()
                .Where(p => p.Expression.Language == "en" && p.Anchor != "")
                .OrderBy(p => p.Id)
                .Select(p => new { p.Expression.Work.Symbol, p.Anchor, p.Text })
                .ToListAsync(cancellationToken))
            .Select(p => (p.Symbol, p.Anchor, Words: p.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Words.Length >= 3 * QuoteWords)
            .DistinctBy(p => (p.Symbol, p.Anchor))
            .ToList();
        if (paragraphs.Count == 0)
        {
            throw new InvalidOperationException("The database holds no English paragraph to bookmark: was the shipped corpus seeded?");
        }

        var targets = new List<object>();
        targets.AddRange(norms.Select(number => new { norm = number }));
        targets.AddRange(works.Select(symbol => new { symbol }));
        var spread = Enumerable.Range(0, Math.Min(Paragraphs, paragraphs.Count)).Select(i => paragraphs[i * paragraphs.Count / Math.Min(Paragraphs, paragraphs.Count)]);
        targets.AddRange(spread.Select(p => new { symbol = p.Symbol, anchor = p.Anchor }));
        // Passages: a quote from each paragraph in turn, a later stretch of its words on each pass.
        targets.AddRange(Enumerable.Range(0, Passages).Select(i =>
        {
            var (symbol, anchor, words) = paragraphs[i % paragraphs.Count];
            var start = (1 + (i / paragraphs.Count * QuoteWords)) % (words.Length - QuoteWords);
            return new { symbol, anchor, quote = string.Join(' ', words.Skip(start).Take(QuoteWords)) };
        }).DistinctBy(p => (p.symbol, p.anchor, p.quote)));
        for (var i = 0; targets.Count < Bookmarks; i++)
        {
            var query = SearchTerms[i % SearchTerms.Length] + " " + SearchTerms[i / SearchTerms.Length % SearchTerms.Length];
            var filters = i < SearchTerms.Length * SearchTerms.Length
                ? new Dictionary<string, string>()
                : new Dictionary<string, string> { ["year"] = (2000 + (i / (SearchTerms.Length * SearchTerms.Length))).ToString(CultureInfo.InvariantCulture) };
            targets.Add(new { query, filters });
        }

        return targets.Take(Bookmarks).ToList();
    }

    private static string KindOf(object target) => JsonSerializer.SerializeToElement(target) switch
    {
        var t when t.TryGetProperty("norm", out _) => "norm",
        var t when t.TryGetProperty("query", out _) => "search",
        var t when t.TryGetProperty("quote", out _) => "passage",
        var t when t.TryGetProperty("anchor", out _) => "paragraph",
        _ => "work",
    };

    private static async Task<JsonElement> PostAsync(HttpClient api, string path, object body, CancellationToken cancellationToken)
    {
        using var response = await api.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"POST {path} answered HTTP {(int)response.StatusCode}: {Truncated(text)} for {Truncated(JsonSerializer.Serialize(body))}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    private static string Truncated(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
