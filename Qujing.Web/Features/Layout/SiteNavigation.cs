using Microsoft.EntityFrameworkCore;
using Qujing.Web.Infrastructure.Caching;
using Qujing.Web.Data;
using Qujing.Web.Features.Sections;

namespace Qujing.Web.Features.Layout;

/// <summary>
/// What the frame of every page shows: the header's section links, the feature's title, its byline and where it first
/// appeared (empty while the source does not say; printed pages carry it).
/// </summary>
public sealed record SiteFrame(IReadOnlyList<SectionLink> Sections, string Title, string Byline, string OriginalSource);

/// <summary>
/// The page frame of a rendered page, as of the content version the request read (<see cref="ContentVersion"/>): from
/// <see cref="SiteFrameCache"/> when that version's frame was loaded before. The title is the editable one, never a
/// literal in the layout.
/// </summary>
public sealed class SiteNavigation(QujingDbContext db, FeatureQueries queries, ContentVersion version, SiteFrameCache frames)
{
    private SiteFrame? _loaded;

    public async Task<SiteFrame> LoadAsync()
    {
        if (_loaded is null)
        {
            var current = await version.ReadAsync(CancellationToken.None);
            _loaded = current is { } v ? frames.Find(v) : null;
            if (_loaded is null)
            {
                var sections = await queries.SectionLinksAsync(CancellationToken.None);
                var feature = await db.TheFeature.AsNoTracking().Select(f => new { f.Title, f.Byline, f.OriginalSource }).FirstOrDefaultAsync();
                _loaded = new SiteFrame(sections, feature?.Title ?? "", feature?.Byline ?? "", feature?.OriginalSource ?? "");
                if (current is { } loadedAfter)
                {
                    frames.Keep(loadedAfter, _loaded);
                }
            }
        }

        return _loaded;
    }
}
