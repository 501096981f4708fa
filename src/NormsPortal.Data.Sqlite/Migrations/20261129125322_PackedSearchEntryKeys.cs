using Microsoft.EntityFrameworkCore.Migrations;
using NormsPortal.Data.Search.Index;
using NormsPortal.Data.Sqlite.Search;

#nullable disable

namespace NormsPortal.Data.Sqlite.Migrations
{
    /// <summary>
    /// Search entry ids carry their work and language (<see cref="SearchEntryKey"/>) and are no longer
    /// generated. SQLite needs a new table for that (no AUTOINCREMENT). The rebuild is written out
    /// here rather than left to EF, because EF runs a migration's table rebuilds after all its other
    /// operations and the FTS5 triggers must be restored after the rebuild. The rows are copied with
    /// their new ids, so no trigger fires per row, and the index is rebuilt once at the end.
    /// </summary>
    public partial class PackedSearchEntryKeys : Migration
    {
        private const string Columns = "\"WorkId\", \"ProvisionId\", \"Kind\", \"Language\", \"Anchor\", \"Ordinal\", \"Text\", \"Terms\"";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            RebuildTable(migrationBuilder, "\"Id\" INTEGER NOT NULL CONSTRAINT \"PK_SearchEntries\" PRIMARY KEY", SearchEntryKeyMigration.PackedId);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RebuildTable(migrationBuilder, "\"Id\" INTEGER NOT NULL CONSTRAINT \"PK_SearchEntries\" PRIMARY KEY AUTOINCREMENT", SearchEntryKeyMigration.SequentialId);
        }

        private static void RebuildTable(MigrationBuilder migrationBuilder, string idColumn, string newId)
        {
            migrationBuilder.Sql(
                $"""
                CREATE TABLE "ef_temp_SearchEntries" (
                    {idColumn},
                    "WorkId" INTEGER NOT NULL,
                    "ProvisionId" INTEGER NULL,
                    "Kind" TEXT NOT NULL,
                    "Language" TEXT NOT NULL,
                    "Anchor" TEXT NOT NULL,
                    "Ordinal" INTEGER NOT NULL,
                    "Text" TEXT NOT NULL,
                    "Terms" TEXT NOT NULL,
                    CONSTRAINT "FK_SearchEntries_Provisions_ProvisionId" FOREIGN KEY ("ProvisionId") REFERENCES "Provisions" ("Id") ON DELETE CASCADE,
                    CONSTRAINT "FK_SearchEntries_Works_WorkId" FOREIGN KEY ("WorkId") REFERENCES "Works" ("Id") ON DELETE CASCADE
                );
                """);
            migrationBuilder.Sql($"""INSERT INTO "ef_temp_SearchEntries" ("Id", {Columns}) SELECT {newId}, {Columns} FROM "SearchEntries";""");
            // Dropping the table drops its triggers; nothing refers to SearchEntries by foreign key.
            migrationBuilder.Sql("""DROP TABLE "SearchEntries";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_SearchEntries" RENAME TO "SearchEntries";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_ProvisionId" ON "SearchEntries" ("ProvisionId");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_WorkId" ON "SearchEntries" ("WorkId");""");
            migrationBuilder.RestoreSearchIndex();
        }
    }
}
