using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NormsPortal.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ShippedCorpusFingerprint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ShippedCorpusLoads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LoadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShippedCorpusLoads", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ShippedCorpusLoads");
        }
    }
}
