using Microsoft.EntityFrameworkCore.Migrations;
using NormsPortal.Data.Search.Index;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NormsPortal.Data.Postgres.Migrations
{
    /// <summary>
    /// Search entry ids carry their work and language (<see cref="SearchEntryKey"/>): bigint, no longer
    /// an identity column; stored rows are renumbered in place.
    /// </summary>
    public partial class PackedSearchEntryKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "SearchEntries",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.Sql(SearchEntryKeyMigration.PackIds);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchEntryKeyMigration.UnpackIds);
            migrationBuilder.AlterColumn<int>(
                name: "Id",
                table: "SearchEntries",
                type: "integer",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            // The identity's sequence starts at 1; the next generated id must come after the renumbered rows.
            migrationBuilder.Sql("""SELECT setval(pg_get_serial_sequence('"SearchEntries"', 'Id'), COALESCE(MAX("Id"), 0) + 1, false) FROM "SearchEntries";""");
        }
    }
}
