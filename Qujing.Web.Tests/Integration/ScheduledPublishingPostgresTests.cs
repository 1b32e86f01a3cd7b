using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing.Scheduling;

namespace Qujing.Web.Tests.Integration;

/// <summary>The exactly-once claim on PostgreSQL, where several instances really do share one database (decision 0024).</summary>
public sealed class ScheduledPublishingPostgresTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SchedulersRacingOnPostgresPublishEachScheduleExactlyOnce()
    {
        PostgresServer.Require();
        var database = PostgresServer.CreateDatabase();
        try
        {
            using var site = new QujingFactoryWith(("Database:Provider", "Postgres"), ("ConnectionStrings:Qujing", database),
                ("Content:Corrections", ""), ("Scheduling:IntervalSeconds", "3600"));
            var ids = site.Query(db =>
            {
                var sections = db.Sections.OrderBy(s => s.Position).Take(4).ToList();
                foreach (var section in sections)
                {
                    var json = db.Revisions.Single(r => r.ItemType == "section" && r.ItemId == section.Id && r.Number == 1).ContentJson;
                    db.Revisions.Add(new Revision { ItemType = "section", ItemId = section.Id, Number = 2, ContentJson = json, Author = "王编辑", At = DateTimeOffset.UtcNow, Note = "编辑" });
                    db.ScheduledPublications.Add(new ScheduledPublication
                    {
                        ItemType = "section", ItemId = section.Id, Number = 2, ScheduledBy = "王编辑",
                        ScheduledAt = DateTimeOffset.UtcNow.AddHours(-1), DueAt = DateTimeOffset.UtcNow.AddMinutes(-1),
                    });
                }

                db.SaveChanges();
                return sections.Select(s => s.Id).ToList();
            });

            var fired = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(
                async () =>
                {
                    await using var scope = site.Services.CreateAsyncScope();
                    return await scope.ServiceProvider.GetRequiredService<ScheduleRunner>().RunDueAsync(Ct);
                },
                Ct)));

            Assert.Equal(ids.Count, fired.Sum());
            Assert.All(ids, id =>
            {
                Assert.Equal(1, site.Query(db => db.AuditEntries.Count(a => a.Action == "定时发布" && a.ItemType == "section" && a.ItemId == id)));
                Assert.Equal(2, site.Query(db => db.Sections.AsNoTracking().Single(s => s.Id == id).PublishedRevision));
            });
            Assert.Equal(0, site.Query(db => db.ScheduledPublications.Count()));
        }
        finally
        {
            PostgresServer.DropDatabase(database);
        }
    }
}
