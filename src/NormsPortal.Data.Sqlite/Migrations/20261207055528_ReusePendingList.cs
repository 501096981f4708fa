using Microsoft.EntityFrameworkCore.Migrations;
using NormsPortal.Data.Sqlite.Reuse;

#nullable disable

namespace NormsPortal.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReusePendingList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // WITHOUT ROWID, as ReuseShingles: the key is the table, one B-tree to append to instead of two.
            migrationBuilder.Sql(
                """
                CREATE TABLE "ReusePendingShingles" (
                    "EntryId" INTEGER NOT NULL,
                    "Hash" INTEGER NOT NULL,
                    CONSTRAINT "PK_ReusePendingShingles" PRIMARY KEY ("EntryId", "Hash")
                ) WITHOUT ROWID;
                """);
            migrationBuilder.DropReuseIndexCleanup();
            migrationBuilder.CreateReuseIndexCleanup();
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropReuseIndexCleanup();
            migrationBuilder.CreateReuseIndexCleanup(pendingList: false);
            // The pending rows are merged first, so the index keeps them.
            migrationBuilder.Sql("""INSERT INTO "ReuseShingles" ("Hash", "EntryId") SELECT "Hash", "EntryId" FROM "ReusePendingShingles" ORDER BY "Hash", "EntryId";""");
            migrationBuilder.DropTable(
                name: "ReusePendingShingles");
        }
    }
}
