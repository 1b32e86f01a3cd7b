using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing;

namespace Qujing.Web.Features.Schools;

/// <summary>Schools: name, address, county, other names and profile. The name shows on list pages and the home page.</summary>
public sealed class SchoolKind : IContentKind<School, SchoolContent>
{
    public string ItemType => SchoolContent.ItemType;
    public string Plural => "schools";
    public string Label => "学校";

    public Task<School?> FindAsync(QujingDbContext db, int id, CancellationToken ct) =>
        db.Schools.IgnoreQueryFilters().Include(s => s.County).Include(s => s.Aliases).SingleOrDefaultAsync(s => s.Id == id, ct);

    public IQueryable<School> All(QujingDbContext db) => db.Schools.IgnoreQueryFilters().OrderBy(s => s.Position);
    public string? PublicUrl(School item) => $"/schools/{item.Slug}";

    public async Task<School> NewAsync(QujingDbContext db, CancellationToken ct) =>
        new() { Position = (await db.Schools.IgnoreQueryFilters().MaxAsync(s => (int?)s.Position, ct) ?? 0) + 1 };

    public SchoolContent Snapshot(School item) => SchoolContent.Of(item);

    public string TitleOf(SchoolContent content) => content.Name;

    public string? SlugOf(SchoolContent content) => content.Slug;

    public async Task<Dictionary<string, string>> ValidateAsync(QujingDbContext db, School item, SchoolContent content, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (await db.Schools.IgnoreQueryFilters().AnyAsync(s => s.Slug == content.Slug && s.Id != item.Id, ct))
        {
            errors[nameof(SchoolContent.Slug)] = $"网址名“{content.Slug}”已被其他学校使用。";
        }

        if (!await db.Counties.AnyAsync(c => c.Name == content.County, ct))
        {
            errors[nameof(SchoolContent.County)] = $"没有“{content.County}”。可选：{await SchoolGroupChoices.DescribeAsync(db, ct)}。";
        }

        if (content.LeadImageId is { } image && !await db.MediaItems.AnyAsync(m => m.Id == image, ct))
        {
            errors[nameof(SchoolContent.LeadImageId)] = "所选题图已不在媒体库中，请重新选择。";
        }

        return errors;
    }

    public async Task ApplyAsync(QujingDbContext db, School item, SchoolContent content, CancellationToken ct)
    {
        item.Name = content.Name;
        item.Slug = content.Slug;
        item.ProfileMarkdown = content.ProfileMarkdown;
        item.LeadImageId = content.LeadImageId;
        item.County = await db.Counties.SingleAsync(c => c.Name == content.County, ct);
        var wanted = content.AliasList.ToList();
        item.Aliases.RemoveAll(a => !wanted.Contains(a.Name));
        item.Aliases.AddRange(wanted.Where(w => item.Aliases.All(a => a.Name != w)).Select(w => new SchoolAlias { Name = w }));
    }

    public bool IsLocalChange(SchoolContent before, SchoolContent after) => false;
}
