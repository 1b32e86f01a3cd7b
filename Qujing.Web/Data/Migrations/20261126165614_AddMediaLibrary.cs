using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qujing.Web.Data.Migrations
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LeadImageId",
                table: "Schools",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MediaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Alt = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Credit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Widths = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediaVariants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MediaItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
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
