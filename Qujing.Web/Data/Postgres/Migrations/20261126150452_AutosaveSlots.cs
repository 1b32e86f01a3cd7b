using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qujing.Web.Data.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    BasedOn = table.Column<int>(type: "integer", nullable: false),
                    FieldsJson = table.Column<string>(type: "text", nullable: false),
                    SavedAt = table.Column<long>(type: "bigint", nullable: false)
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
