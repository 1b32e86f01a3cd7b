using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qujing.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddMediaLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LeadImageId",
                table: "Sections",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LeadImageId",
                table: "Schools",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MediaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Alt = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Caption = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Credit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    Widths = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Hash = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UploadedAt = table.Column<long>(type: "bigint", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediaVariants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MediaItemId = table.Column<int>(type: "integer", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    Format = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaVariants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediaVariants_MediaItems_MediaItemId",
                        column: x => x.MediaItemId,
                        principalTable: "MediaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Sections_LeadImageId",
                table: "Sections",
                column: "LeadImageId");

            migrationBuilder.CreateIndex(
                name: "IX_Schools_LeadImageId",
                table: "Schools",
                column: "LeadImageId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaVariants_MediaItemId_Width_Format",
                table: "MediaVariants",
                columns: new[] { "MediaItemId", "Width", "Format" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Schools_MediaItems_LeadImageId",
                table: "Schools",
                column: "LeadImageId",
                principalTable: "MediaItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Sections_MediaItems_LeadImageId",
                table: "Sections",
                column: "LeadImageId",
                principalTable: "MediaItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Schools_MediaItems_LeadImageId",
                table: "Schools");

            migrationBuilder.DropForeignKey(
                name: "FK_Sections_MediaItems_LeadImageId",
                table: "Sections");

            migrationBuilder.DropTable(
                name: "MediaVariants");

            migrationBuilder.DropTable(
                name: "MediaItems");

            migrationBuilder.DropIndex(
                name: "IX_Sections_LeadImageId",
                table: "Sections");

            migrationBuilder.DropIndex(
                name: "IX_Schools_LeadImageId",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "LeadImageId",
                table: "Sections");

            migrationBuilder.DropColumn(
                name: "LeadImageId",
                table: "Schools");
        }
    }
}
