using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Figures;
using Qujing.Web.Text;

namespace Qujing.Web.Areas.Admin.Controllers;

[Route("admin/figures")]
public class FiguresController(ContentEditor<KeyFigure, FigureContent> editor, RevisionStore revisions, QujingDbContext db, MarkdownRenderer markdown, FeatureQueries queries)
    : ContentAdminController<KeyFigure, FigureContent>(editor, revisions, db, markdown)
{
    protected override async Task<IActionResult> PreviewAsync(KeyFigure item, CancellationToken ct)
    {
        var figures = (await queries.FiguresAsync(ct)).Select(f => f.Id == item.Id ? item : f).ToList();
        if (figures.All(f => f.Id != item.Id))
        {
            figures.Add(item);
        }

        return View("~/Views/Figures/Index.cshtml", figures);
    }
}
