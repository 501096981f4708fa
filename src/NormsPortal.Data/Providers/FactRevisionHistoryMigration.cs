namespace NormsPortal.Data.Providers;

/// <summary>
/// The SQL of the migration that made a <c>FactRevisions</c> row hold both sides of a change, the
/// same on SQLite and PostgreSQL. A stored row held the value a fact had before a change (now its
/// old side); the value that replaced it is the old side of the fact's next revision or, for its
/// last revision, the fact's current value. So a database keeps its facts' histories whole.
/// </summary>
public static class FactRevisionHistoryMigration
{
    /// <summary>Fills the new side of every stored revision from the one after it, or from its fact.</summary>
    public const string FillNewSide =
        """
        UPDATE "FactRevisions" AS r
        SET "NewValue" = s."NewValue", "NewSource" = s."NewSource", "NewVerified" = s."NewVerified", "NewOrigin" = s."NewOrigin"
        FROM (
            SELECT h."Id",
                CASE WHEN LEAD(h."Id") OVER w IS NULL THEN f."Value" ELSE LEAD(h."OldValue") OVER w END AS "NewValue",
                CASE WHEN LEAD(h."Id") OVER w IS NULL THEN f."Source" ELSE LEAD(h."OldSource") OVER w END AS "NewSource",
                CASE WHEN LEAD(h."Id") OVER w IS NULL THEN f."Verified" ELSE LEAD(h."OldVerified") OVER w END AS "NewVerified",
                CASE WHEN LEAD(h."Id") OVER w IS NULL THEN f."Origin" ELSE LEAD(h."OldOrigin") OVER w END AS "NewOrigin"
            FROM "FactRevisions" AS h
            JOIN "Facts" AS f ON f."Id" = h."FactId"
            WINDOW w AS (PARTITION BY h."FactId" ORDER BY h."Id")
        ) AS s
        WHERE s."Id" = r."Id";
        """;

    /// <summary>Who made a change was optional before; a row that does not say is marked as such.</summary>
    public const string FillMissingActor = """UPDATE "FactRevisions" SET "RevisedBy" = 'unknown' WHERE "RevisedBy" IS NULL;""";
}
