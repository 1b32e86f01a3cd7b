using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing;
using Qujing.Web.Import;

namespace Qujing.Web.Features.Timeline;

/// <summary>Milestones on the timeline (and the home page's latest).</summary>
public sealed class MilestoneKind : IContentKind<Milestone, MilestoneContent>
{
    public string ItemType => MilestoneContent.ItemType;
    public string Plural => "milestones";
    public string Label => "大事记";

    public Task<Milestone?> FindAsync(QujingDbContext db, int id, CancellationToken ct) =>
        db.Milestones.IgnoreQueryFilters().Include(m => m.Section).Include(m => m.School).SingleOrDefaultAsync(m => m.Id == id, ct);

    public IQueryable<Milestone> All(QujingDbContext db) => db.Milestones.IgnoreQueryFilters().OrderBy(m => m.Date).ThenBy(m => m.Id);
    public string? PublicUrl(Milestone item) => $"/timeline#m{item.Id}";

    /// <summary>The timeline orders milestones by date: a new one needs no place of its own.</summary>
    public Task<Milestone> NewAsync(QujingDbContext db, CancellationToken ct) => Task.FromResult(new Milestone());

    public MilestoneContent Snapshot(Milestone item) => MilestoneContent.Of(item);
    public string TitleOf(MilestoneContent content) => $"{content.DateText} {ChineseText.Excerpt(content.Summary, 20)}";
    public string? SlugOf(MilestoneContent content) => null;

    public Task<Dictionary<string, string>> ValidateAsync(QujingDbContext db, Milestone item, MilestoneContent content, CancellationToken ct) =>
        Task.FromResult(content.Parsed() is null
            ? new Dictionary<string, string> { [nameof(MilestoneContent.Date)] = $"“{content.Date}”不是有效的日期。" }
            : []);

    public Task ApplyAsync(QujingDbContext db, Milestone item, MilestoneContent content, CancellationToken ct)
    {
        var (date, precision) = content.Parsed() ?? (item.Date, item.Precision);
        (item.Date, item.Precision, item.DateText, item.Summary, item.SourceSentence) = (date, precision, content.DateText, content.Summary, content.SourceSentence);
        item.Level = Enum.Parse<MilestoneLevel>(content.Level);
        return Task.CompletedTask;
    }

    public bool IsLocalChange(MilestoneContent before, MilestoneContent after) => false;
}
