using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace NormsPortal.Web.Infrastructure.Database;

/// <summary>
/// Tells a database that cannot be reached (a server restarting, a network cut, a failover) from a fault of the
/// portal's own: the provider calls such a failure transient, and the retrying execution strategy gives up on it
/// with <see cref="RetryLimitExceededException"/>. A request it ends is answered 503 "try again", never 500: nothing
/// is wrong with what the client sent, and the same request works once the database is back.
/// </summary>
public static class DatabaseUnreachable
{
    public const string ProblemTitle = "The database is not reachable, try again";
    public const string ProblemDetail =
        "The portal could not reach its database, so nothing was read or saved. Send the request again in a few seconds.";

    /// <summary>How long a client is asked to wait before trying again (<c>Retry-After</c>, in seconds).</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>Whether <paramref name="exception"/>, or one it wraps, is a database out of reach.</summary>
    public static bool IsCauseOf(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is RetryLimitExceededException or DbException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }
}
