namespace NormsPortal.DatabaseTests.Infrastructure;

/// <summary>What the environment says about the PostgreSQL server the tests may use.</summary>
public static class TestEnvironment
{
    /// <summary>
    /// An Npgsql connection string to a server where the user may create databases. <c>./test.sh</c>
    /// starts a throwaway server and sets it; a developer may point it at their own server.
    /// </summary>
    public const string PostgresVariable = "NORMSPORTAL_TEST_POSTGRES";

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>On CI a missing server is a failure, never a quiet skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a PostgreSQL test is skipped: no server given, and not on CI. Null when it runs.</summary>
    public static string? PostgresSkipReason => PostgresConnectionString is null && !IsCi
        ? $"No PostgreSQL server: set {PostgresVariable} or run ./test.sh"
        : null;
}
