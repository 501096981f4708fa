using Microsoft.EntityFrameworkCore.Migrations;
using NormsPortal.Data.Sqlite.Reuse;

#nullable disable

namespace NormsPortal.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReuseIndexInFts5 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The reuse index moves from the hash-keyed ReuseShingles table, where an import wrote a random page per
            // row, to an FTS5 table with a row per paragraph (SqliteReuseIndex). No model change: PostgreSQL keeps the table.
            SqliteReuseIndex.CreateReuseShingleIndex(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SqliteReuseIndex.DropReuseShingleIndex(migrationBuilder);
        }
    }
}
