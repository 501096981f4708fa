using Npgsql;

namespace NormsPortal.Data.Postgres;

/// <summary>
/// A session-level advisory lock on its own connection: held from acquisition to disposal, across
/// every migration's transaction, and released by the server if the process dies.
/// </summary>
internal sealed class AdvisoryMigrationLock : IAsyncDisposable
{
    /// <summary>An arbitrary key that only the portal's migrations use ("NormsPortal" in ASCII, folded).</summary>
    private const long LockKey = 0x4E6F726D73506F72;

    private readonly NpgsqlConnection _connection;

    private AdvisoryMigrationLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<AdvisoryMigrationLock> AcquireAsync(string connectionString, CancellationToken cancellationToken)
    {
        // No pooling: the lock belongs to this session, which must really end when it is released.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", LockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new AdvisoryMigrationLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Closing the session releases the lock.
        await _connection.DisposeAsync();
    }
}
