using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qujing.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditClientAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientAddress",
                table: "AuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserName",
                table: "AuditEntries",
                column: "UserName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UserName",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ClientAddress",
                table: "AuditEntries");
        }
    }
}
