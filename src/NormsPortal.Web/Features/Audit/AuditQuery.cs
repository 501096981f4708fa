using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Audit;

/// <summary>Reads the audit log, newest first, by <see cref="AuditFilter"/>: for the API and the audit page alike.</summary>
public sealed class AuditQuery(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<(IReadOnlyList<AuditEntryDto> Items, int Total)> ListAsync(
        AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = Filtered(db.AuditLog.AsNoTracking(), filter);
        var total = await entries.CountAsync(cancellationToken);
        var rows = await entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return (rows.Select(e => new AuditEntryDto(e.Id, e.OccurredAt, e.ActorId, e.ActorEmail, e.Action, e.Target, Json(e.Before), Json(e.After))).ToList(), total);
    }

    private static IQueryable<AuditEntry> Filtered(IQueryable<AuditEntry> entries, AuditFilter filter)
    {
        if (filter.User is { } user)
        {
            var lower = user.ToLowerInvariant();
            // ToLower here is SQL's lower() on both providers, not .NET's culture-bound method.
#pragma warning disable CA1304, CA1311, CA1862
            entries = entries.Where(e => e.ActorId == user || (e.ActorEmail != null && e.ActorEmail.ToLower() == lower));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (filter.From is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }

        if (filter.Until is { } until)
        {
            entries = entries.Where(e => e.OccurredAt < until);
        }

        if (filter.Action is { } action)
        {
            // A kind alone ("user") stands for each of its actions ("user.locked", …).
            var kind = action + ".";
            entries = action.Contains('.', StringComparison.Ordinal)
                ? entries.Where(e => e.Action == action)
                : entries.Where(e => e.Action.StartsWith(kind));
        }

        if (filter.Target is { } target)
        {
            var kind = target + AuditTargets.Separator;
            entries = target.Contains(AuditTargets.Separator, StringComparison.Ordinal)
                ? entries.Where(e => e.Target == target)
                : entries.Where(e => e.Target.StartsWith(kind));
        }

        return entries;
    }

    private static JsonElement? Json(string? value) => value is null ? null : JsonDocument.Parse(value).RootElement.Clone();
}
