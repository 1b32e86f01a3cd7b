using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Qujing.Web.Data.Entities;
using Qujing.Web.Features.Editing.Scheduling;

namespace Qujing.Web.Tests.Integration;

/// <summary>A schedule that fell due while no instance ran is published by the next one to start, without waiting a round.</summary>
public sealed class ScheduleAtStartTests
{
    [Fact]
    public async Task AScheduleDueWhileTheSiteWasDownFiresWhenItStarts()
    {
        var path = Path.Combine(Path.GetTempPath(), $"qujing-test-{Guid.NewGuid():N}.db");
        // An hour between rounds: only the look at start-up can publish within the test.
        (string, string)[] settings = [("Content:Corrections", ""), ("Scheduling:IntervalSeconds", "3600")];
        try
        {
            int id;
            using (var first = new SiteAt(path, settings))
            {
                id = first.Query(db =>
                {
                    var section = db.Sections.Single(s => s.Position == 2);
                    var json = db.Revisions.Single(r => r.ItemType == "section" && r.ItemId == section.Id && r.Number == 1).ContentJson
                        .Replace("2018年9月10日", "停机期间到期的定时发布", StringComparison.Ordinal);
                    db.Revisions.Add(new Revision { ItemType = "section", ItemId = section.Id, Number = 2, ContentJson = json, Author = "王编辑", At = DateTimeOffset.UtcNow, Note = "编辑" });
                    db.ScheduledPublications.Add(new ScheduledPublication
                    {
                        ItemType = "section", ItemId = section.Id, Number = 2, ScheduledBy = "王编辑",
                        ScheduledAt = DateTimeOffset.UtcNow.AddHours(-3), DueAt = DateTimeOffset.UtcNow.AddHours(-1),
                    });
                    db.SaveChanges();
                    return section.Id;
                });
            }

            using var second = new SiteAt(path, settings);
            var clock = Stopwatch.StartNew();
            while (second.Query(db => db.Sections.AsNoTracking().Single(s => s.Id == id).PublishedRevision) != 2)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), "the overdue schedule was not published at start-up");
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }

            Assert.Equal(1, second.Query(db => db.AuditEntries.Count(a => a.Action == "定时发布" && a.ItemId == id && a.UserName == "王编辑")));
            Assert.Equal(0, second.Query(db => db.ScheduledPublications.Count()));
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>A site over a given database file, so a second start finds what the first left.</summary>
    private sealed class SiteAt(string path, (string Key, string Value)[] settings) : QujingFactory(path)
    {
        protected override IEnumerable<(string Key, string Value)> ExtraSettings => settings;
    }
}
