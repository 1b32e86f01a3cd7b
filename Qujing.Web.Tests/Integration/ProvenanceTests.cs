using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp;
using AngleSharp.Dom;
using Qujing.Web.Data.Entities;

namespace Qujing.Web.Tests.Integration;

/// <summary>
/// What the site says about where the feature comes from: its author, that the source names no outlet or date, and
/// the site's own first publish and last change (not the time of the latest re-import).
/// </summary>
public sealed class ProvenanceTests : IDisposable
{
    // 20:30 UTC is already the next day in Beijing, where the readers are.
    private static readonly DateTimeOffset FirstImport = new(2026, 3, 1, 20, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Reimport = new(2026, 3, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LastChange = new(2026, 4, 5, 1, 0, 0, TimeSpan.Zero);

    private readonly QujingFactory _factory = new();

    public ProvenanceTests()
    {
        // Before any page is asked for, so nothing is cached yet: the first import, a later re-import, a later publish.
        _factory.Query(db =>
        {
            db.ImportRuns.Single().ImportedAt = FirstImport;
            db.ImportRuns.Add(new ImportRun { SourceName = "qujing-feature.txt", SourceHash = "", ImportedAt = Reimport });
            db.Features.Single().PublishedAt = LastChange;
            return db.SaveChanges();
        });
    }

    public void Dispose() => _factory.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IDocument> GetAsync(string url)
    {
        var html = await _factory.CreateClient().GetStringAsync(new Uri(url, UriKind.Relative), Ct);
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html), Ct);
    }

    [Fact]
    public async Task HomePageSaysWhoWroteItThatTheSourceNamesNoOutletOrDateAndWhenThisSitePublishedIt()
    {
        var home = await GetAsync("/");

        Assert.Equal("文／博达", home.QuerySelector(".hero .byline")!.TextContent.Trim());
        var source = home.QuerySelector(".hero .source")!.TextContent;
        Assert.Contains("原刊媒体和刊发日期：原文未载明", source);
        Assert.Contains("本站首发于2026年3月2日", source);
        Assert.Contains("最近更新于2026年4月5日", source);
    }

    [Fact]
    public async Task NoPageCreditsAnUnnamedOriginalReport()
    {
        foreach (var url in new[] { "/", "/sections/section-1", "/schools", "/timeline" })
        {
            var page = await GetAsync(url);
            Assert.DoesNotContain("内容整理自原报道", page.DocumentElement.TextContent);
            Assert.NotNull(page.QuerySelector(".site-footer a[href='/#source']"));
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sections/section-2")]
    public async Task JsonLdDatesAreTheSitesFirstPublishAndLastChange(string url)
    {
        var page = await GetAsync(url);

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(FirstImport, DateTimeOffset.Parse(json.RootElement.GetProperty("datePublished").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(LastChange, DateTimeOffset.Parse(json.RootElement.GetProperty("dateModified").GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task FeedDatesAreTheSitesFirstPublishAndLastChange()
    {
        var feed = XDocument.Parse(await _factory.CreateClient().GetStringAsync(new Uri("/feed.xml", UriKind.Relative), Ct));
        XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.Equal(LastChange, DateTimeOffset.Parse(feed.Root!.Element(atom + "updated")!.Value, CultureInfo.InvariantCulture));
        var entries = feed.Root.Elements(atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal(FirstImport, DateTimeOffset.Parse(e.Element(atom + "published")!.Value, CultureInfo.InvariantCulture)));
        Assert.All(entries, e => Assert.Equal(LastChange, DateTimeOffset.Parse(e.Element(atom + "updated")!.Value, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task HomePageShowsNoEmptyLead()
    {
        // The corrections give the feature a 导语; an editor may empty it again, and then no empty block is shown.
        _factory.Query(db =>
        {
            db.Features.Single().LeadMarkdown = "";
            return db.SaveChanges();
        });

        var home = await GetAsync("/");

        Assert.Null(home.QuerySelector(".hero .lead"));
    }
}
