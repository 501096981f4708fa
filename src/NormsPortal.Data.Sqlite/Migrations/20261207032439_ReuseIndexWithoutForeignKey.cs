using Microsoft.EntityFrameworkCore.Migrations;
using NormsPortal.Data.Sqlite.Reuse;

#nullable disable

namespace NormsPortal.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReuseIndexWithoutForeignKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The table is rebuilt without its foreign key (SQLite cannot drop one in place) and WITHOUT
            // ROWID: its primary key becomes the table's only B-tree besides the entry index, instead of a
            // rowid table beside a key index of the same rows (a third less to write at every import).
            migrationBuilder.Sql(
                """
                CREATE TABLE "ef_temp_ReuseShingles" (
                    "Hash" INTEGER NOT NULL,
                    "EntryId" INTEGER NOT NULL,
                    CONSTRAINT "PK_ReuseShingles" PRIMARY KEY ("Hash", "EntryId")
                ) WITHOUT ROWID;
                """);
            migrationBuilder.Sql("""INSERT INTO "ef_temp_ReuseShingles" ("Hash", "EntryId") SELECT "Hash", "EntryId" FROM "ReuseShingles";""");
            migrationBuilder.Sql("""DROP TABLE "ReuseShingles";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_ReuseShingles" RENAME TO "ReuseShingles";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_ReuseShingles_EntryId" ON "ReuseShingles" ("EntryId");""");
            migrationBuilder.CreateReuseIndexCleanup();
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropReuseIndexCleanup();
            migrationBuilder.AddForeignKey(
                name: "FK_ReuseShingles_SearchEntries_EntryId",
                table: "ReuseShingles",
                column: "EntryId",
                principalTable: "SearchEntries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
