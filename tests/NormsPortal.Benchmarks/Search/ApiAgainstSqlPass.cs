namespace NormsPortal.Benchmarks.Search;

/// <summary>
/// The API against its own statement at one client: each query sent to the API and run as bare SQL one right
/// after the other (which goes first alternates from query to query and round to round), so that both see the
/// same moment of a shared machine, over many rounds. The ratio is the API's median latency over the SQL's, on
/// the same requests; its spread is that ratio taken within each round, so a reader can tell a ratio that moved
/// from a machine that did (one run of one build once gave 1.06 and 1.36 with the passes one after the other).
/// </summary>
internal sealed record ApiAgainstSqlPass(TimedPass Api, TimedPass Sql, IReadOnlyList<double> RoundRatios)
{
    public double Ratio => Api.Summary().P50Ms / Sql.Summary().P50Ms;

    public static async Task<ApiAgainstSqlPass> RunAsync(
        IReadOnlyList<BenchmarkRequest> queries, int rounds,
        Func<BenchmarkRequest, CancellationToken, Task<string?>> api, Func<BenchmarkRequest, CancellationToken, Task<string?>> sql,
        CancellationToken cancellationToken)
    {
        var apiTimings = new List<RequestTiming>();
        var sqlTimings = new List<RequestTiming>();
        var roundRatios = new List<double>();
        var apiWall = TimeSpan.Zero;
        var sqlWall = TimeSpan.Zero;
        for (var round = 0; round < rounds; round++)
        {
            var apiRound = new List<RequestTiming>();
            var sqlRound = new List<RequestTiming>();
            for (var i = 0; i < queries.Count; i++)
            {
                var apiFirst = (round + i) % 2 == 0;
                var first = await RequestTiming.MeasureAsync(queries[i], apiFirst ? api : sql, cancellationToken);
                var second = await RequestTiming.MeasureAsync(queries[i], apiFirst ? sql : api, cancellationToken);
                apiRound.Add(apiFirst ? first : second);
                sqlRound.Add(apiFirst ? second : first);
            }

            roundRatios.Add(Median(apiRound) / Median(sqlRound));
            apiTimings.AddRange(apiRound);
            sqlTimings.AddRange(sqlRound);
            apiWall += apiRound.Aggregate(TimeSpan.Zero, (sum, timing) => sum + timing.Elapsed);
            sqlWall += sqlRound.Aggregate(TimeSpan.Zero, (sum, timing) => sum + timing.Elapsed);
        }

        return new ApiAgainstSqlPass(
            new TimedPass("API, 1 client (queries with SQL, interleaved)", 1, apiTimings, apiWall),
            new TimedPass("direct SQL, 1 client (interleaved)", 1, sqlTimings, sqlWall),
            roundRatios);
    }

    private static double Median(List<RequestTiming> timings) =>
        LatencySummary.Of(timings.Select(timing => timing.Elapsed).ToList(), TimeSpan.FromSeconds(1)).P50Ms;
}
