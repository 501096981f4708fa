using Microsoft.EntityFrameworkCore.Migrations;
using NormsPortal.Data.Postgres.Reuse;

#nullable disable

namespace NormsPortal.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReuseShingleSets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReuseShingles");

            migrationBuilder.CreateTable(
                name: "ReuseShingleSets",
                columns: table => new
                {
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    Hashes = table.Column<long[]>(type: "bigint[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReuseShingleSets", x => x.EntryId);
                    table.ForeignKey(
                        name: "FK_ReuseShingleSets_SearchEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "SearchEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            PostgresReuseIndex.CreateReuseIndex(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            PostgresReuseIndex.DropReuseIndex(migrationBuilder);

            migrationBuilder.DropTable(
                name: "ReuseShingleSets");

            migrationBuilder.CreateTable(
                name: "ReuseShingles",
                columns: table => new
                {
                    Hash = table.Column<long>(type: "bigint", nullable: false),
                    EntryId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReuseShingles", x => new { x.Hash, x.EntryId });
                    table.ForeignKey(
                        name: "FK_ReuseShingles_SearchEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "SearchEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReuseShingles_EntryId",
                table: "ReuseShingles",
                column: "EntryId");
        }
    }
}
