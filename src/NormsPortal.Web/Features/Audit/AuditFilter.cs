using System.Globalization;

namespace NormsPortal.Web.Features.Audit;

/// <summary>
/// The audit log's filters, shared by <c>GET /api/v1/audit</c> and the audit page: <c>user</c> (an account's
/// id or address), <c>from</c> and <c>to</c> (UTC dates or date-times; a date <c>to</c> includes its whole day),
/// <c>action</c> (an action, or its kind alone: <c>user</c> for every <c>user.…</c>) and <c>target</c>
/// (<c>kind/id</c>, or a kind alone).
/// </summary>
public sealed record AuditFilter(string? User, DateTime? From, DateTime? Until, string? Action, string? Target)
{
    public static AuditFilter None { get; } = new(null, null, null, null, null);

    /// <summary>The filter the parameters ask for; a date that does not read adds a message to <paramref name="problems"/>.</summary>
    public static AuditFilter Read(string? user, string? from, string? to, string? action, string? target, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var start = Date(from, "from", problems);
        var end = Date(to, "to", problems);
        // A bare date as the end means the end of that day.
        var until = end is { } day && to!.Trim().Length == 10 ? day.AddDays(1) : end;
        if (start is not null && until is not null && start >= until)
        {
            problems.Add("from must be before to.");
        }

        return new AuditFilter(Text(user), start, until, Text(action), Text(target));
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateTime? Date(string? value, string name, ICollection<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTime.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        problems.Add($"{name} must be a date (2026-12-31) or a date and time in UTC (2026-12-31T18:00:00Z), not '{value.Trim()}'.");
        return null;
    }
}
