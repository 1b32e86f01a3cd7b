using Microsoft.AspNetCore.Mvc;

namespace Qujing.Web.Features.Corrections;

/// <summary>“本页有 N 处编辑更正”, at the foot of a page whose text editors corrected; nothing on other pages.</summary>
public sealed class CorrectionNoteViewComponent(CorrectionQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string itemType, int itemId) =>
        await queries.NumbersAsync(itemType, itemId, HttpContext.RequestAborted) is { Count: > 0 } numbers ? View(numbers) : Content("");
}
