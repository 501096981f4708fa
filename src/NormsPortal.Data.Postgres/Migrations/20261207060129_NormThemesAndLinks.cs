using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NormsPortal.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NormThemesAndLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NormLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NormId = table.Column<int>(type: "integer", nullable: false),
                    Relation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Target_Anchor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Target_Quote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Target_Symbol = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NormLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NormLinks_Norms_NormId",
                        column: x => x.NormId,
                        principalTable: "Norms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NormStepReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NormId = table.Column<int>(type: "integer", nullable: false),
                    Symbol = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Anchor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Decision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NormStepReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NormStepReviews_Norms_NormId",
                        column: x => x.NormId,
                        principalTable: "Norms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NormThemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NormId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NormThemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NormThemes_Norms_NormId",
                        column: x => x.NormId,
                        principalTable: "Norms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NormLinks_NormId",
                table: "NormLinks",
                column: "NormId");

            migrationBuilder.CreateIndex(
                name: "IX_NormStepReviews_NormId_Symbol_Anchor",
                table: "NormStepReviews",
                columns: new[] { "NormId", "Symbol", "Anchor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NormThemes_NormId",
                table: "NormThemes",
                column: "NormId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NormLinks");

            migrationBuilder.DropTable(
                name: "NormStepReviews");

            migrationBuilder.DropTable(
                name: "NormThemes");
        }
    }
}
