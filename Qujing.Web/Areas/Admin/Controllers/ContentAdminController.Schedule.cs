using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Qujing.Web.Features.Editing;
using Qujing.Web.Features.Editing.Scheduling;
using Qujing.Web.Infrastructure.Storage;
using Qujing.Web.Infrastructure.Time;

namespace Qujing.Web.Areas.Admin.Controllers;

/// <summary>"定时发布": the item's newest draft published at a Beijing time by the scheduler; one schedule per item.</summary>
public abstract partial class ContentAdminController<TEntity, TContent>
{
    [HttpPost("{id:int}/schedule")]
    public async Task<IActionResult> Schedule(int id, int number, string? publishAt, [FromServices] PublishSchedule schedules, [FromServices] AtomicSave atomic,
        [FromServices] IOptions<SchedulingOptions> options, [FromServices] TimeProvider clock, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } item)
        {
            return NotFound();
        }

        // The panel offers only the newest revision, and only while it is not live: a form older than a colleague's save is refused.
        var latest = await revisions.LatestNumberAsync(editor.Kind.ItemType, id, ct);
        var at = default(DateTimeOffset);
        if (number != latest || number <= item.PublishedRevision)
        {
            ModelState.AddModelError(ScheduleTime.FieldName, "只能定时发布最新的、尚未发布的草稿版本。这一页打开之后可能有人保存或发布了新版本，请查看后再安排。");
        }
        else if (!ScheduleTime.TryParse(publishAt, clock.GetUtcNow(), options.Value.MaxDaysAhead, out at, out var error))
        {
            ModelState.AddModelError(ScheduleTime.FieldName, error);
        }

        if (ModelState.ErrorCount > 0)
        {
            return await EditAgainAsync(item, ct);
        }

        var failure = await atomic.RunAsync<StorageFailure?>(
            async () =>
            {
                await schedules.ScheduleAsync(editor.Kind.ItemType, id, Title(item), number, at, UserName, ct);
                return null;
            },
            f => f,
            ct);
        if (failure is not null)
        {
            ModelState.AddModelError(ScheduleTime.FieldName, failure.ChangeMessage);
            return await EditAgainAsync(item, ct);
        }

        TempData["Notice"] = $"第 {number} 版将于 {BeijingTime.DayAndMinute(at)}（北京时间）自动发布。";
        return Redirect($"{Base}/{id}/edit");
    }

    /// <param name="back">"desk" when the button was on the dashboard, which the editor then sees again.</param>
    [HttpPost("{id:int}/unschedule")]
    public async Task<IActionResult> Unschedule(int id, string? back, [FromServices] PublishSchedule schedules, [FromServices] AtomicSave atomic, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is not { } item)
        {
            return NotFound();
        }

        var removed = await atomic.RunAsync<bool?>(async () => await schedules.CancelAsync(editor.Kind.ItemType, id, Title(item), UserName, ct), _ => null, ct);
        TempData["Notice"] = removed switch
        {
            true => "已取消定时发布。",
            false => "这项定时发布已经不在了：可能刚刚已发布，或已被同事取消。",
            null => "取消失败：数据库暂时无法保存，定时发布仍然有效。请稍后再试。",
        };
        return Redirect(back == "desk" ? "/admin" : $"{Base}/{id}/edit");
    }

    /// <summary>The edit page with the newest revision, and the schedule panel's message beside its field.</summary>
    private async Task<IActionResult> EditAgainAsync(TEntity item, CancellationToken ct)
    {
        var (content, number) = await editor.LatestAsync(item, ct);
        return View(Views + "Edit.cshtml", EditPage(item, content, number));
    }
}
