using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Data;
using Qujing.Web.Features.Search;

namespace Qujing.Web.Tests.Integration;

public class SearchIndexUpgradeTests
{
    [Fact]
    public async Task AnIndexMadeBeforeResultsSaidWhereTheyAreIsRebuiltAtStart()
    {
        using var factory = new QujingFactory();
        using (var scope = factory.Services.CreateScope())
        {
            // The table as an older version made it: no place or keywords column, and nothing of the feature in it.
            var db = scope.ServiceProvider.GetRequiredService<QujingDbContext>();
            await db.Database.ExecuteSqlRawAsync("DROP TABLE search_index", TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlRawAsync("CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, title UNINDEXED, url UNINDEXED, body UNINDEXED, u, b, tokenize = 'unicode61')", TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlRawAsync("INSERT INTO search_index VALUES (0, '旧', '/sections/section-1#p1', '旧的索引', '旧 的 索 引', '旧的 的索 索引')", TestContext.Current.CancellationToken);
        }

        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SearchIndexer>().EnsureBuiltAsync(TestContext.Current.CancellationToken);
            var results = await scope.ServiceProvider.GetRequiredService<SearchService>().SearchAsync("时代新人", TestContext.Current.CancellationToken);

            var home = Assert.Single(results.Groups.SelectMany(g => g.Results));
            Assert.Equal(("/", "专题首页"), (home.Url, home.Place));
        }
    }
}
