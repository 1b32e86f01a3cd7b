using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qujing.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EditorialCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HandledBy",
                table: "ImportReportItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AppliedCorrections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "TEXT", nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: false),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    MovedTo = table.Column<string>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    ItemType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Paragraph = table.Column<int>(type: "INTEGER", nullable: true),
                    Targets = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppliedCorrections", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppliedCorrections_Number",
                table: "AppliedCorrections",
                column: "Number");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppliedCorrections");

            migrationBuilder.DropColumn(
                name: "HandledBy",
                table: "ImportReportItems");
        }
    }
}
