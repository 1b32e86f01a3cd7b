using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing;

namespace Qujing.Web.Features.Home;

/// <summary>The feature itself: title, byline, lead, original outlet. Shown on every page, so every change evicts everything.</summary>
public sealed class FeatureKind : IContentKind<Feature, FeatureContent>
{
    public string ItemType => FeatureContent.ItemType;
    public string Plural => "feature";
    public string Label => "专题";
    public bool CanTrash => false;
    public bool CanCreate => false;

    public Task<Feature?> FindAsync(QujingDbContext db, int id, CancellationToken ct) => db.Features.SingleOrDefaultAsync(f => f.Id == id, ct);
    public IQueryable<Feature> All(QujingDbContext db) => db.TheFeature;
    public string? PublicUrl(Feature item) => "/";
    public Task<Feature> NewAsync(QujingDbContext db, CancellationToken ct) => throw new NotSupportedException("There is exactly one feature.");
    public FeatureContent Snapshot(Feature item) => FeatureContent.Of(item);
    public string TitleOf(FeatureContent content) => content.Title;
    public string? SlugOf(FeatureContent content) => null;
    public Task<Dictionary<string, string>> ValidateAsync(QujingDbContext db, Feature item, FeatureContent content, CancellationToken ct) => Task.FromResult(new Dictionary<string, string>());

    public Task ApplyAsync(QujingDbContext db, Feature item, FeatureContent content, CancellationToken ct)
    {
        (item.Title, item.Byline, item.LeadMarkdown, item.OriginalSource) = (content.Title, content.Byline, content.LeadMarkdown, content.OriginalSource);
        return Task.CompletedTask;
    }

    public bool IsLocalChange(FeatureContent before, FeatureContent after) => false;
}
