using System.Globalization;
using System.Text;

namespace NormsPortal.Data.Search.Index;

/// <summary>
/// The SQL of the migration that gave <c>SearchEntries</c> packed ids (<see cref="SearchEntryKey"/>),
/// the same on SQLite and PostgreSQL (both have <c>UPDATE … FROM</c> and window functions). Stored
/// rows are renumbered in place, in their old order within each work and language, so a database
/// keeps its index through the upgrade. New ids are at least 2^32 and old ones below 2^31, so no
/// row ever takes an id another row still has.
/// </summary>
public static class SearchEntryKeyMigration
{
    /// <summary>The packed id of a row of <c>"SearchEntries"</c>, in its old order within its work and language (a window expression).</summary>
    public static string PackedId { get; } =
        $"""("WorkId" * {(1L << SearchEntryKey.WorkShift).ToString(CultureInfo.InvariantCulture)}) + ({LanguageIndexCase()} * {SearchEntryKey.SequencesPerText.ToString(CultureInfo.InvariantCulture)}) + ROW_NUMBER() OVER (PARTITION BY "WorkId", "Language" ORDER BY "Id") - 1""";

    /// <summary>A row's generated id again: 1, 2, 3 … in id order (a window expression, for the migration's Down).</summary>
    public static string SequentialId { get; } = """ROW_NUMBER() OVER (ORDER BY "Id")""";

    /// <summary>Gives every stored row its packed id, in place.</summary>
    public static string PackIds { get; } = Renumber(PackedId);

    /// <summary>Numbers the rows 1, 2, 3 … in id order again, in place.</summary>
    public static string UnpackIds { get; } = Renumber(SequentialId);

    private static string Renumber(string newId) =>
        $"""
        UPDATE "SearchEntries" AS e SET "Id" = r."NewId"
        FROM (SELECT "Id", {newId} AS "NewId" FROM "SearchEntries") AS r
        WHERE r."Id" = e."Id";
        """;

    // A language outside the list gives NULL, and the NOT NULL key refuses it: the migration fails rather than guess.
    private static string LanguageIndexCase()
    {
        var sql = new StringBuilder("CASE \"Language\"");
        for (var i = 0; i < SearchEntryKey.Languages.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN '{SearchEntryKey.Languages[i]}' THEN {i}");
        }

        return sql.Append(" END").ToString();
    }
}
