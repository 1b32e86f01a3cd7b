using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data;
using Qujing.Web.Models;

namespace Qujing.Web.Services;

/// <summary>The header's section links and the footer's byline, read once per rendered page.</summary>
public sealed class SiteNavigation(QujingDbContext db, FeatureQueries queries)
{
    private (IReadOnlyList<SectionLink> Sections, string Byline)? _loaded;

    public async Task<(IReadOnlyList<SectionLink> Sections, string Byline)> LoadAsync()
    {
        _loaded ??= (
            await queries.SectionLinksAsync(CancellationToken.None),
            await db.TheFeature.AsNoTracking().Select(f => f.Byline).FirstOrDefaultAsync() ?? "");
        return _loaded.Value;
    }
}
