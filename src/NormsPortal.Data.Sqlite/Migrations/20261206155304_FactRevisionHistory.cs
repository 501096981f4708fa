using Microsoft.EntityFrameworkCore.Migrations;
using NormsPortal.Data.Providers;

#nullable disable

namespace NormsPortal.Data.Sqlite.Migrations
{
    /// <summary>
    /// A fact's revision holds both sides of the change (old and new value, source, verified flag,
    /// origin) and who made it when. Stored rows keep their value as the old side; their new side
    /// is filled from the fact's next revision or the fact itself (<see cref="FactRevisionHistoryMigration"/>).
    /// </summary>
    public partial class FactRevisionHistory : Migration
    {
        private static readonly (string Old, string New)[] Renamed =
        [
            ("Value", "OldValue"),
            ("Source", "OldSource"),
            ("Verified", "OldVerified"),
            ("Origin", "OldOrigin"),
            ("ReplacedAt", "RevisedAt"),
            ("ReplacedBy", "RevisedBy"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (oldName, newName) in Renamed)
            {
                migrationBuilder.RenameColumn(name: oldName, table: "FactRevisions", newName: newName);
            }

            migrationBuilder.AddColumn<string>(
                name: "NewValue",
                table: "FactRevisions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NewSource",
                table: "FactRevisions",
                type: "TEXT",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NewVerified",
                table: "FactRevisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "NewOrigin",
                table: "FactRevisions",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(FactRevisionHistoryMigration.FillNewSide);
            migrationBuilder.Sql(FactRevisionHistoryMigration.FillMissingActor);

            migrationBuilder.AlterColumn<string>(
                name: "RevisedBy",
                table: "FactRevisions",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 256,
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "RevisedBy",
                table: "FactRevisions",
                type: "TEXT",
                maxLength: 256,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 256);

            foreach (var column in new[] { "NewValue", "NewSource", "NewVerified", "NewOrigin" })
            {
                migrationBuilder.DropColumn(name: column, table: "FactRevisions");
            }

            foreach (var (oldName, newName) in Renamed)
            {
                migrationBuilder.RenameColumn(name: newName, table: "FactRevisions", newName: oldName);
            }
        }
    }
}
