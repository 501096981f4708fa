using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NormsPortal.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AnnotationOrphaned : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "OrphanedAt",
                table: "Annotations",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OrphanedAt",
                table: "Annotations");
        }
    }
}
