using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace NormsPortal.Data.Caching;

/// <summary>
/// How the instances of the portal on one database tell each other which cached answers a write changed: a provider's
/// own way (PostgreSQL's NOTIFY and LISTEN). SQLite has none: a SQLite database has one instance.
/// </summary>
public interface ICacheTagChannel
{
    /// <summary>
    /// Tells every instance listening on the database, the writer's own included, that <paramref name="tags"/>
    /// changed: within <paramref name="transaction"/> when given, so they hear it when it commits and never when it
    /// rolls back.
    /// </summary>
    Task AnnounceAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<string> tags, CancellationToken cancellationToken);

    /// <summary>
    /// Listens on a connection of its own until <paramref name="cancellationToken"/> is cancelled, handing what is
    /// announced to <paramref name="listener"/>; a lost connection is logged and opened again, with a growing pause.
    /// </summary>
    Task ListenAsync(string connectionString, ICacheTagListener listener, ILogger logger, CancellationToken cancellationToken);
}
