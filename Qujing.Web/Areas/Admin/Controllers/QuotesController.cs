using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Quotes;
using Qujing.Web.Text;

namespace Qujing.Web.Areas.Admin.Controllers;

[Route("admin/quotes")]
public class QuotesController(ContentEditor<Quote, QuoteContent> editor, RevisionStore revisions, QujingDbContext db, MarkdownRenderer markdown, FeatureQueries queries)
    : ContentAdminController<Quote, QuoteContent>(editor, revisions, db, markdown)
{
    /// <summary>Quotes show on their school's page; one with no school is shown on its own.</summary>
    protected override async Task<IActionResult> PreviewAsync(Quote item, CancellationToken ct)
    {
        if (item.School is null || await queries.SchoolAsync(item.School.Slug, ct) is not { } page)
        {
            return View("~/Areas/Admin/Views/Content/QuotePreview.cshtml", item);
        }

        page.School.Quotes = [.. page.School.Quotes.Select(q => q.Id == item.Id ? item : q)];
        return View("~/Views/Schools/Show.cshtml", page);
    }
}
