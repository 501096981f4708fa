namespace NormsPortal.DatabaseTests.Infrastructure;

/// <summary>The databases every database test runs on.</summary>
public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
