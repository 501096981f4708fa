using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Postgres.Search;
using NormsPortal.Data.Search.Store;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Reader;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>
/// PostgreSQL writes a phrase's alternatives with their shared words once (<see cref="PostgresPhraseAlternatives"/>)
/// on the claim that the factored query matches the same paragraphs and ranks each exactly as the written-out one:
/// checked here on every vector of the corpus, for alternatives the analysers give for real phrases.
/// </summary>
public sealed class PostgresPhraseAlternativesTests(CorpusFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>"information and communications technologies", "critical infrastructure", "knowingly support": a
    /// shared first word, remainders that merge, a choice of last words.</summary>
    private static readonly string[][][] s_phrases =
    [
        [
            ["information", "and", "communications", "technologies"], ["inform", "and", "commun", "technolog"],
            ["inform", "and", "comunic", "technolog"], ["information", "and", "communications", "technologi"],
        ],
        [["critical", "infrastructure"], ["critic", "infrastructur"], ["critical", "infrastructur"]],
        [["knowingly", "support"], ["knowingli", "support"]],
    ];

    [Theory, DatabaseData]
    public async Task FactoredAlternatives_MatchAndRankEveryParagraphAsTheWrittenOutOnes(DatabaseKind kind)
    {
        if (kind != DatabaseKind.Postgres)
        {
            Assert.Skip("Only PostgreSQL's tsquery is factored; SQLite's FTS5 query writes every alternative out.");
        }

        var corpus = await fixture.CorpusAsync(kind);
        await using var db = corpus.Database.CreateContext();
        foreach (var alternatives in s_phrases)
        {
            var phrases = alternatives.Select(terms => (MatchNode)new MatchPhrase(terms)).ToList();
            var factored = PostgresSearchDialect.Instance.RenderMatch(new MatchAny(phrases));
            var writtenOut = $"({string.Join(" | ", phrases.Select(PostgresSearchDialect.Instance.RenderMatch))})";
            Assert.NotEqual(writtenOut, factored);

            // The names are constants; the two queries are parameters.
            var vector = $"""v."{PostgresSearchIndex.VectorColumn}" """;
            var sql = $"""
                SELECT COUNT(*) FILTER (WHERE {vector} @@ CAST({"{0}"} AS tsquery)) AS "Matched",
                    COUNT(*) FILTER (WHERE ({vector} @@ CAST({"{0}"} AS tsquery)) <> ({vector} @@ CAST({"{1}"} AS tsquery))
                        OR ({vector} @@ CAST({"{0}"} AS tsquery) AND ts_rank_cd({vector}, CAST({"{0}"} AS tsquery)) <> ts_rank_cd({vector}, CAST({"{1}"} AS tsquery)))) AS "Differing"
                FROM "{PostgresSearchIndex.VectorTable}" v
                """;
            var comparison = await db.Database.SqlQueryRaw<Comparison>(sql, writtenOut, factored).SingleAsync(Cancel);

            Assert.True(comparison.Matched > 0, $"{writtenOut} matches nothing in the corpus, so it proves nothing.");
            Assert.Equal(0, comparison.Differing);
        }
    }

    private sealed record Comparison(long Matched, long Differing);
}
