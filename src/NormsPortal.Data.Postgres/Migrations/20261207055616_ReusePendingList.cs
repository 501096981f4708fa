using Microsoft.EntityFrameworkCore.Migrations;
using NormsPortal.Data.Postgres.Reuse;

#nullable disable

namespace NormsPortal.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReusePendingList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReusePendingShingles",
                columns: table => new
                {
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReusePendingShingles", x => new { x.EntryId, x.Hash });
                });
            migrationBuilder.ReplaceReuseIndexCleanupFunction(pendingList: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.ReplaceReuseIndexCleanupFunction(pendingList: false);
            // The pending rows are merged first, so the index keeps them.
            migrationBuilder.Sql("""INSERT INTO "ReuseShingles" ("Hash", "EntryId") SELECT "Hash", "EntryId" FROM "ReusePendingShingles" ORDER BY "Hash", "EntryId";""");
            migrationBuilder.DropTable(
                name: "ReusePendingShingles");
        }
    }
}
