using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qujing.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class BackfillPublishedRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Databases made before revisions existed hold content readers should keep seeing: mark it published.
            foreach (var table in new[] { "Sections", "Schools", "Milestones", "KeyFigures", "Quotes", "Features" })
            {
                migrationBuilder.Sql($"UPDATE \"{table}\" SET \"PublishedRevision\" = 1 WHERE \"PublishedRevision\" = 0;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
