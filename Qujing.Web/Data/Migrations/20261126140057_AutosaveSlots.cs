using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qujing.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AutosaveSlots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AutosaveSlots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    BasedOn = table.Column<int>(type: "INTEGER", nullable: false),
                    FieldsJson = table.Column<string>(type: "TEXT", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutosaveSlots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AutosaveSlots_UserName_Kind_ItemId",
                table: "AutosaveSlots",
                columns: new[] { "UserName", "Kind", "ItemId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AutosaveSlots");
        }
    }
}
