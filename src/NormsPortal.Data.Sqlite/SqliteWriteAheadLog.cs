using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NormsPortal.Data.Sqlite;

/// <summary>
/// Puts every connection of the portal's SQLite file in write-ahead-log mode with <c>synchronous=NORMAL</c>.
/// In SQLite's default rollback journal a writer's commit locks readers out, and with <c>synchronous=FULL</c>
/// each commit writes every changed page twice (journal and file) and syncs both. In WAL mode readers go on
/// reading while a writer commits (an import commits once per document), a commit appends its pages to the
/// <c>-wal</c> file, and with
/// <c>NORMAL</c> the log is synced when it is checkpointed into the file rather than at every commit.
/// That is safe against corruption; a power cut (not a crash of the process) may lose the last commits
/// before the checkpoint. The journal mode is kept in the file, so setting it again is a no-op; the
/// synchronous setting belongs to the connection, so it is set on every open.
/// </summary>
internal sealed class SqliteWriteAheadLog : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";

    public static SqliteWriteAheadLog Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
