using NormsPortal.Data.Providers;
using Npgsql;

namespace NormsPortal.Data.Postgres;

/// <summary>
/// Creates the configured database when it does not exist yet, as EF Core's own database creator
/// would: from the server's maintenance database <c>postgres</c>. The migration lock lives in the
/// configured database, so it must exist before any instance can take the lock.
/// </summary>
internal static class PostgresDatabaseCreator
{
    private const string MaintenanceDatabase = "postgres";

    public static async Task EnsureExistsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        // Npgsql connects to the database named like the user when none is given.
        var database = target.Database ?? target.Username ?? MaintenanceDatabase;
        if (await ExistsAsync(target, cancellationToken))
        {
            return;
        }

        var maintenance = new NpgsqlConnectionStringBuilder(target.ToString()) { Database = MaintenanceDatabase };
        await using var connection = new NpgsqlConnection(maintenance.ToString());
        await connection.OpenAsync(cancellationToken);
        var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another instance starting at the same time created it first (the unique violation is
            // the same race caught one step later, on pg_database); it waits for the migration lock.
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            var user = target.Username ?? Environment.UserName;
            throw new DatabaseSetupException(
                $"The PostgreSQL database \"{database}\" does not exist and the user \"{user}\" may not create it: " +
                $"create it (CREATE DATABASE {quoted} OWNER \"{user}\") or let the user create databases (ALTER ROLE \"{user}\" CREATEDB).",
                exception);
        }
    }

    /// <summary>Connects to the database itself: the usual case needs no access to the maintenance database.</summary>
    private static async Task<bool> ExistsAsync(NpgsqlConnectionStringBuilder target, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(target.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return false;
        }
    }
}
