using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NormsPortal.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProvisionParentCascade : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Provisions_Provisions_ParentId",
                table: "Provisions");

            migrationBuilder.AddForeignKey(
                name: "FK_Provisions_Provisions_ParentId",
                table: "Provisions",
                column: "ParentId",
                principalTable: "Provisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Provisions_Provisions_ParentId",
                table: "Provisions");

            migrationBuilder.AddForeignKey(
                name: "FK_Provisions_Provisions_ParentId",
                table: "Provisions",
                column: "ParentId",
                principalTable: "Provisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
