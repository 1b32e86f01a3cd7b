using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Qujing.Web.Data;
using Qujing.Web.Data.Postgres;
using Qujing.Web.Features.Search;
using Qujing.Web.Text;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// The PostgreSQL index built from the same content as the SQLite one finds the same passages in the same order for
/// every kind of query: one shared ranker orders both indexes' candidates (decision 0023).
/// </summary>
public class SearchIndexParityTests(SiteFixture site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostgresIndexFindsWhatSqliteFindsInTheSameOrder()
    {
        PostgresServer.Require();
        var connection = PostgresServer.CreateDatabase();
        try
        {
            await using var pg = new PostgresQujingDbContext(new DbContextOptionsBuilder<PostgresQujingDbContext>()
                .UseNpgsql(connection).AddInterceptors(new PostgresWriteLock()).Options);
            await pg.Database.MigrateAsync(Ct);
            var postgres = new PostgresSearchIndex(pg);

            using var scope = site.Factory.Services.CreateScope();
            var content = scope.ServiceProvider.GetRequiredService<QujingDbContext>();
            var sqlite = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
            Assert.IsType<SqliteSearchIndex>(sqlite);
            await new SearchIndexer(content, postgres, scope.ServiceProvider.GetRequiredService<MarkdownRenderer>(), NullLogger<SearchIndexer>.Instance).RebuildAsync(Ct);

            var problems = new List<string>();
            var queries = Queries(content).ToList();
            var found = 0;
            foreach (var query in queries)
            {
                var terms = ChineseTokenizer.Terms(query);
                var expected = await sqlite.SearchAsync(terms, 200, Ct);
                var actual = await postgres.SearchAsync(terms, 200, Ct);

                if (!expected.Select(Key).Order().SequenceEqual(actual.Select(Key).Order()))
                {
                    problems.Add($"\"{query}\" finds other passages on PostgreSQL ({actual.Count}, not {expected.Count})");
                }
                else if (!expected.Select(Key).SequenceEqual(actual.Select(Key)))
                {
                    var at = expected.Select(Key).Zip(actual.Select(Key)).TakeWhile(p => p.First == p.Second).Count();
                    problems.Add($"\"{query}\": hit {at + 1} is {Key(expected[at])} on SQLite, {Key(actual[at])} on PostgreSQL");
                }

                found += expected.Count > 0 ? 1 : 0;
            }

            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));

            // The list must exercise the ranking: most queries find something, and some find nothing.
            Assert.InRange(found, queries.Count / 2, queries.Count - 3);
        }
        finally
        {
            PostgresServer.DropDatabase(connection);
        }
    }

    private static string Key(SearchHit hit) => hit.Document.Url + " " + hit.Document.Title;

    /// <summary>
    /// One- and two-character words, longer words, Latin terms, two and three terms ANDed, and words that are nowhere:
    /// fixed ones and ones drawn from the headings, school names and figures, so the list follows the content.
    /// </summary>
    private static IEnumerable<string> Queries(QujingDbContext content)
    {
        string[] fixedQueries = ["党", "党建", "劳动教育", "会泽", "1+9+N", "1+9+n 曲靖", "导师", "乡土", "曲靖一中", "会泽 邓余勇", "会泽 润泽", "曲靖 学校",
            "高", "学", "的", "教育 学生 老师", "2023", "2023年", "N", "不存在的词语", "鲸鱼", "qwertyuiop", "学校 qwertyuiop"];
        var names = content.Sections.Select(s => s.Heading).ToList()
            .Concat(content.Schools.Select(s => s.Name).ToList()).Concat(content.KeyFigures.Select(f => f.Label).ToList());
        var words = names.SelectMany(ChineseTokenizer.Terms).Where(t => Import.ChineseText.IsHan(t[0]) && t.Length >= 2).Distinct().ToList();
        var single = words.SelectMany(t => new[] { t[..2], t[..1], t[^1..], t });
        var anded = words.Zip(words.Skip(1), (a, b) => $"{a[..2]} {b[^1..]}");
        return fixedQueries.Concat(single).Concat(anded).Distinct();
    }
}
