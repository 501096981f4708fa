using Microsoft.EntityFrameworkCore.Migrations;
using NormsPortal.Data.Postgres.Reuse;

#nullable disable

namespace NormsPortal.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReuseIndexWithoutForeignKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ReuseShingles_SearchEntries_EntryId",
                table: "ReuseShingles");
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
