namespace NormsPortal.Benchmarks.Search;

/// <summary>What the search benchmark measured on one provider.</summary>
internal sealed class SearchProviderRun(string provider)
{
    public string Provider { get; } = provider;

    /// <summary>Documents in the database after the bulk import and the portal's own seeding.</summary>
    public int Works { get; set; }

    public int SearchEntries { get; set; }

    public TimeSpan ImportTime { get; set; }

    /// <summary>The database was kept by an earlier run and not imported in this one.</summary>
    public bool Reused { get; set; }

    /// <summary>Loading the corpus the portal ships, on top of the bulk import.</summary>
    public TimeSpan SeedTime { get; set; }

    public string LoadBefore { get; set; } = "n/a";

    public string LoadAfter { get; set; } = "n/a";

    /// <summary>One untimed pass over every query first: JIT, caches, connection pools.</summary>
    public TimedPass? WarmUp { get; set; }

    public List<TimedPass> Passes { get; } = [];

    /// <summary>The API at one client and the direct SQL, interleaved over the queries that run SQL, for the median ratio.</summary>
    public ApiAgainstSqlPass? ApiAgainstSql { get; set; }

    /// <summary>Set when the run stopped early, with the reason.</summary>
    public string? Aborted { get; set; }

    public IEnumerable<RequestTiming> Failures() =>
        new[] { WarmUp, ApiAgainstSql?.Api, ApiAgainstSql?.Sql }.OfType<TimedPass>().Concat(Passes).SelectMany(pass => pass.Failures);
}
