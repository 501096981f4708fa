using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;

namespace NormsPortal.Web.Features.Audit;

/// <summary>
/// How the portal names who did something in what it keeps (the audit log, fact histories, note revisions, norm
/// links): the account's address, read at the time, so the record still says who it was after the account is gone.
/// </summary>
public static class Actors
{
    /// <summary>The address of the account <paramref name="userId"/>, or null when it has none or does not exist.</summary>
    public static Task<string?> EmailAsync(PortalDbContext db, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The account's address, or its id when it has none.</summary>
    public static async Task<string> NameAsync(PortalDbContext db, string userId, CancellationToken cancellationToken) =>
        await EmailAsync(db, userId, cancellationToken) ?? userId;
}
