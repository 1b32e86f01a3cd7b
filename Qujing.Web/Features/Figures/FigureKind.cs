using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing;

namespace Qujing.Web.Features.Figures;

/// <summary>Key figures on the figures page and the home page.</summary>
public sealed class FigureKind : IContentKind<KeyFigure, FigureContent>
{
    public string ItemType => FigureContent.ItemType;
    public string Plural => "figures";
    public string Label => "数据";

    public Task<KeyFigure?> FindAsync(QujingDbContext db, int id, CancellationToken ct) =>
        db.KeyFigures.IgnoreQueryFilters().Include(f => f.Section).SingleOrDefaultAsync(f => f.Id == id, ct);

    public IQueryable<KeyFigure> All(QujingDbContext db) => db.KeyFigures.IgnoreQueryFilters().OrderBy(f => f.Position);
    public string? PublicUrl(KeyFigure item) => $"/figures#f{item.Id}";

    public async Task<KeyFigure> NewAsync(QujingDbContext db, CancellationToken ct) =>
        new() { Position = (await db.KeyFigures.IgnoreQueryFilters().MaxAsync(f => (int?)f.Position, ct) ?? 0) + 1 };

    public FigureContent Snapshot(KeyFigure item) => FigureContent.Of(item);
    public string TitleOf(FigureContent content) => $"{content.Label} {content.Value}{content.Unit}";
    public string? SlugOf(FigureContent content) => null;
    public Task<Dictionary<string, string>> ValidateAsync(QujingDbContext db, KeyFigure item, FigureContent content, CancellationToken ct) => Task.FromResult(new Dictionary<string, string>());

    public Task ApplyAsync(QujingDbContext db, KeyFigure item, FigureContent content, CancellationToken ct)
    {
        (item.Value, item.ValueText, item.Unit, item.Label, item.SourceSentence) = (content.Number(), content.Value, content.Unit, content.Label, content.SourceSentence);
        return Task.CompletedTask;
    }

    public bool IsLocalChange(FigureContent before, FigureContent after) => false;
}
