using Microsoft.AspNetCore.Mvc;
using Qujing.Web.Features.Editing.Desk;

namespace Qujing.Web.Features.Editing.Scheduling;

/// <summary>Renders <see cref="SchedulePanelView"/> for one item; a refused post's value and message come from the model state.</summary>
public sealed class SchedulePanelViewComponent(PublishSchedule schedules, RevisionStore revisions, IEnumerable<IContentListing> listings, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string plural, int itemId, int published)
    {
        var ct = HttpContext.RequestAborted;
        var itemType = listings.Single(l => l.Plural == plural).ItemType;
        var latest = await revisions.LatestNumberAsync(itemType, itemId, ct);
        var schedule = await schedules.FindAsync(itemType, itemId, ct);
        var newer = schedule is not null && latest > schedule.Number ? (await revisions.GetAsync(itemType, itemId, latest, ct))?.Author : null;
        var posted = ModelState[ScheduleTime.FieldName];
        return View(new SchedulePanelView(
            $"/admin/{plural}/{itemId}", latest, published, schedule, newer,
            posted?.AttemptedValue ?? (schedule is { State: ScheduleState.Pending } ? ScheduleTime.Input(schedule.DueAt) : ""),
            posted?.Errors.FirstOrDefault()?.ErrorMessage,
            ScheduleTime.Input(clock.GetUtcNow())));
    }
}
