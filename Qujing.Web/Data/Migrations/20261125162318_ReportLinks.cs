using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qujing.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Paragraph",
                table: "ImportReportItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SectionId",
                table: "ImportReportItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportReportItems_SectionId",
                table: "ImportReportItems",
                column: "SectionId");

            migrationBuilder.AddForeignKey(
                name: "FK_ImportReportItems_Sections_SectionId",
                table: "ImportReportItems",
                column: "SectionId",
                principalTable: "Sections",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ImportReportItems_Sections_SectionId",
                table: "ImportReportItems");

            migrationBuilder.DropIndex(
                name: "IX_ImportReportItems_SectionId",
                table: "ImportReportItems");

            migrationBuilder.DropColumn(
                name: "Paragraph",
                table: "ImportReportItems");

            migrationBuilder.DropColumn(
                name: "SectionId",
                table: "ImportReportItems");
        }
    }
}
