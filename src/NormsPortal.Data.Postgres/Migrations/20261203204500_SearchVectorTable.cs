using Microsoft.EntityFrameworkCore.Migrations;
using NormsPortal.Data.Postgres.Search;

#nullable disable

namespace NormsPortal.Data.Postgres.Migrations
{
    /// <summary>
    /// The search vectors move from a generated column of <c>SearchEntries</c> to a narrow table of
    /// their own kept in step by triggers (<see cref="PostgresSearchIndex"/>), so that matching reads
    /// half as many pages. No change to the model: the vectors were never part of it.
    /// </summary>
    public partial class SearchVectorTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.MoveVectorsToOwnTable();

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.MoveVectorsBackToColumn();
    }
}
