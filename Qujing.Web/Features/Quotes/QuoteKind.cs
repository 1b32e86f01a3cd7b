using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing;
using Qujing.Web.Import;

namespace Qujing.Web.Features.Quotes;

/// <summary>Quotes, shown on their school's page.</summary>
public sealed class QuoteKind : IContentKind<Quote, QuoteContent>
{
    public string ItemType => QuoteContent.ItemType;
    public string Plural => "quotes";
    public string Label => "受访者的话";

    public Task<Quote?> FindAsync(QujingDbContext db, int id, CancellationToken ct) =>
        db.Quotes.IgnoreQueryFilters().Include(q => q.School).SingleOrDefaultAsync(q => q.Id == id, ct);

    public IQueryable<Quote> All(QujingDbContext db) => db.Quotes.IgnoreQueryFilters().Include(q => q.School).OrderBy(q => q.Id);
    public string? PublicUrl(Quote item) => item.School is { } school ? $"/schools/{school.Slug}" : null;

    /// <summary>A quote an editor adds belongs to no school or passage: readers find it through search.</summary>
    public Task<Quote> NewAsync(QujingDbContext db, CancellationToken ct) => Task.FromResult(new Quote());

    public QuoteContent Snapshot(Quote item) => QuoteContent.Of(item);
    public string TitleOf(QuoteContent content) => $"{content.Speaker}：{ChineseText.Excerpt(content.Words, 16)}";
    public string? SlugOf(QuoteContent content) => null;
    public Task<Dictionary<string, string>> ValidateAsync(QujingDbContext db, Quote item, QuoteContent content, CancellationToken ct) => Task.FromResult(new Dictionary<string, string>());

    public Task ApplyAsync(QujingDbContext db, Quote item, QuoteContent content, CancellationToken ct)
    {
        (item.Speaker, item.Role, item.Words, item.IsDirect) = (content.Speaker, content.Role, content.Words, content.IsDirect == "true");
        return Task.CompletedTask;
    }

    public bool IsLocalChange(QuoteContent before, QuoteContent after) => false;
}
