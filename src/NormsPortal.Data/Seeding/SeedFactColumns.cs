using System.Globalization;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Seeding;

/// <summary>
/// Keeps the columns of <see cref="Work"/> that copy a fact (title, date, session, body, committee)
/// in step with the facts the seed owns. A column holds a confirmed value only: while the seed's
/// fact is unverified the column is null, so lists never show a belief as fact (they show the
/// symbol, and a list that wants to can add the unverified <c>title</c> fact marked as such).
/// A column whose fact was imported or curated is left to whoever owns that fact.
/// </summary>
internal static class SeedFactColumns
{
    public static void Apply(Work work)
    {
        if (SeedValue(work, FactKeys.Title) is { } title && work.Title != title.Value)
        {
            work.Title = title.Value;
        }

        if (SeedValue(work, FactKeys.Date) is { } date)
        {
            DateOnly? value = DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
            if (work.Date != value)
            {
                work.Date = value;
            }
        }

        if (SeedValue(work, FactKeys.Session) is { } session)
        {
            int? value = int.TryParse(session.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            if (work.Session != value)
            {
                work.Session = value;
            }
        }

        if (SeedValue(work, SeedFactKeys.Body) is { } body && work.Body != body.Value)
        {
            work.Body = body.Value;
        }

        if (SeedValue(work, SeedFactKeys.Committee) is { } committee && work.Committee != committee.Value)
        {
            work.Committee = committee.Value;
        }
    }

    /// <summary>The value the column should hold when the seed owns the fact: the fact's value if confirmed, else null.</summary>
    private static ColumnValue? SeedValue(Work work, string key) =>
        work.Facts.FirstOrDefault(f => f.Key == key) is { Origin: FactOrigin.Seed } fact
            ? new ColumnValue(fact.Verified ? fact.Value : null)
            : null;

    private sealed record ColumnValue(string? Value);
}
