using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing;

namespace Qujing.Web.Features.Sections;

/// <summary>Sections: heading, address and Markdown body. The heading is in every page's header.</summary>
public sealed class SectionKind : IContentKind<Section, SectionContent>
{
    public string ItemType => SectionContent.ItemType;
    public string Plural => "sections";
    public string Label => "栏目";

    public bool CanReorder => true;

    public Task<Section?> FindAsync(QujingDbContext db, int id, CancellationToken ct) =>
        db.Sections.IgnoreQueryFilters().SingleOrDefaultAsync(s => s.Id == id, ct);

    public IQueryable<Section> All(QujingDbContext db) => db.Sections.IgnoreQueryFilters().OrderBy(s => s.Position);
    public string? PublicUrl(Section item) => $"/sections/{item.Slug}";

    public async Task<Section> NewAsync(QujingDbContext db, CancellationToken ct) =>
        new() { Position = (await db.Sections.IgnoreQueryFilters().MaxAsync(s => (int?)s.Position, ct) ?? 0) + 1 };

    public SectionContent Snapshot(Section item) => SectionContent.Of(item);

    public string TitleOf(SectionContent content) => content.Heading;

    public string? SlugOf(SectionContent content) => content.Slug;

    public async Task<Dictionary<string, string>> ValidateAsync(QujingDbContext db, Section item, SectionContent content, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (await db.Sections.IgnoreQueryFilters().AnyAsync(s => s.Slug == content.Slug && s.Id != item.Id, ct))
        {
            errors[nameof(SectionContent.Slug)] = $"网址名“{content.Slug}”已被其他栏目使用。";
        }

        if (content.LeadImageId is { } image && !await db.MediaItems.AnyAsync(m => m.Id == image, ct))
        {
            errors[nameof(SectionContent.LeadImageId)] = "所选题图已不在媒体库中，请重新选择。";
        }

        return errors;
    }

    public Task ApplyAsync(QujingDbContext db, Section item, SectionContent content, CancellationToken ct)
    {
        item.Heading = content.Heading;
        item.Slug = content.Slug;
        item.BodyMarkdown = content.BodyMarkdown;
        item.LeadImageId = content.LeadImageId;
        return Task.CompletedTask;
    }

    public bool IsLocalChange(SectionContent before, SectionContent after) => before.Heading == after.Heading && before.Slug == after.Slug;
}
