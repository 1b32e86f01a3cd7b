using Microsoft.Playwright;

namespace Qujing.Web.Tests.Browser;

/// <summary>The page frame as a reader's browser lays it out: header, hero, 大字版, jumps, print, charts, weight.</summary>
[Collection(BrowserCollection.Name)]
public class PageFrameBrowserTests(BrowserFixture browser)
{
    private async Task<(IBrowserContext Context, IPage Page)> OpenAsync(int width, int height = 900, bool script = true)
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        var context = await browser.Browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, JavaScriptEnabled = script, Locale = "zh-CN" });
        await CspWatch.AttachAsync(context);
        return (context, await context.NewPageAsync());
    }

    private string Url(string path) => new Uri(browser.Site!.Address, path).ToString();

    [Fact]
    public async Task PhoneHeaderIsOneCompactRow()
    {
        var (context, page) = await OpenAsync(375, 667);
        await using var _ = context;
        await page.GotoAsync(Url("/sections/section-4"));

        var height = await page.EvaluateAsync<double>("() => document.querySelector('.site-header').getBoundingClientRect().height");
        var rows = await page.EvaluateAsync<int>("() => new Set([...document.querySelectorAll('.site-nav a')].map(a => Math.round(a.getBoundingClientRect().top))).size");
        Assert.True(height <= 90, $"the header is {height}px tall on a phone");
        Assert.Equal(1, rows);
    }

    [Fact]
    public async Task PhoneReaderSeesTheFirstWordsOfTheStoryWithoutScrolling()
    {
        var (context, page) = await OpenAsync(375, 667);
        await using var _ = context;
        await page.GotoAsync(Url("/"));

        var bottomOfFirstLine = await page.EvaluateAsync<double>(
            "() => { const p = document.querySelector('.hero .lead p'); return p.getBoundingClientRect().top + parseFloat(getComputedStyle(p).lineHeight); }");
        Assert.True(bottomOfFirstLine <= 667, $"the lead's first line ends at {bottomOfFirstLine}px, below the screen");
    }

    [Fact]
    public async Task DesktopHeaderKeepsTheSearchBoxOnItsRowWithThePlaceholderWhole()
    {
        var (context, page) = await OpenAsync(1280);
        await using var _ = context;
        await page.GotoAsync(Url("/"));

        var fits = await page.EvaluateAsync<bool>("""
            () => {
              const input = document.querySelector('.site-header input[type=search]');
              const style = getComputedStyle(input);
              const context = document.createElement('canvas').getContext('2d');
              context.font = style.font;
              const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              return input.scrollWidth <= input.clientWidth && context.measureText(input.placeholder).width <= room;
            }
            """);
        var measured = await page.EvaluateAsync<double[]>(
            "() => [document.querySelector('.site-header').getBoundingClientRect().height, ...['.site-header .search', '.site-nav'].map(s => { const r = document.querySelector(s).getBoundingClientRect(); return r.top + r.height / 2; })]");
        var (header, search, nav) = (measured[0], measured[1], measured[2]);
        Assert.True(fits, "the search box cuts its placeholder");
        Assert.True(Math.Abs(search - nav) < 8 && header <= 80, $"search and links are not on one header row ({search} vs {nav}, header {header}px)");
    }

    [Fact]
    public async Task JumpToAPassageHighlightsIt()
    {
        var (context, page) = await OpenAsync(375);
        await using var _ = context;
        await page.GotoAsync(Url("/sections/section-1#p2"));

        var colours = await page.EvaluateAsync<string[]>("() => ['#p2', '#p3'].map(s => getComputedStyle(document.querySelector(s)).backgroundColor)");
        Assert.NotEqual(colours[1], colours[0]);
        Assert.NotEqual("rgba(0, 0, 0, 0)", colours[0]);
    }

    [Fact]
    public async Task LargeTextChoiceStaysOnTheNextPageUnderTheCsp()
    {
        var (context, page) = await OpenAsync(375);
        await using var _ = context;
        await page.GotoAsync(Url("/"));

        await page.ClickAsync(".text-size");
        var afterClick = await RootFontSizeAsync(page);
        await page.GotoAsync(Url("/timeline"));

        Assert.Equal(20, afterClick);
        Assert.Equal(20, await RootFontSizeAsync(page));
        Assert.Equal("true", await page.GetAttributeAsync(".text-size", "aria-pressed"));
        await page.ClickAsync(".text-size");
        Assert.Equal(16, await RootFontSizeAsync(page));
        Assert.Empty(await CspWatch.ViolationsAsync(page));
    }

    [Fact]
    public async Task WithoutScriptThePageReadsAtItsDefaultSizeAndOffersNoDeadSwitch()
    {
        var (context, page) = await OpenAsync(375, script: false);
        await using var _ = context;
        await page.GotoAsync(Url("/"));

        Assert.Equal(16, await RootFontSizeAsync(page));
        Assert.False(await page.IsVisibleAsync(".text-size"));
        Assert.True(await page.IsVisibleAsync(".hero .lead"));
    }

    [Fact]
    public async Task LargeTextDoesNotScrollSidewaysOnASmallPhone()
    {
        var (context, page) = await OpenAsync(320, 700);
        await using var _ = context;
        await context.AddInitScriptAsync("localStorage.setItem('qujing-text-size', 'large')");
        foreach (var path in new[] { "/", "/sections/section-1", "/schools", "/timeline", "/figures" })
        {
            await page.GotoAsync(Url(path));

            Assert.Equal(20, await RootFontSizeAsync(page));
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at 320px in 大字版");
        }
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task ChartTextKeepsBodySizesAtEveryWidth(int width)
    {
        var (context, page) = await OpenAsync(width);
        await using var _ = context;
        await page.GotoAsync(Url("/figures"));

        var sizes = await page.EvaluateAsync<double[]>("""
            () => [...document.querySelectorAll('.figure-group > figure *')]
              .filter(e => e.getClientRects().length > 0 && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
              .map(e => parseFloat(getComputedStyle(e).fontSize) * (e instanceof SVGGraphicsElement ? e.getScreenCTM().a : 1))
            """);
        Assert.NotEmpty(sizes);
        Assert.True(sizes.Min() >= 12 && sizes.Max() <= 20, $"chart text from {sizes.Min()}px to {sizes.Max()}px at {width}px");
    }

    [Fact]
    public async Task SectionTextKeepsAReadableMeasureOnADesktop()
    {
        var (context, page) = await OpenAsync(1280);
        await using var _ = context;
        await page.GotoAsync(Url("/sections/section-1"));

        var characters = await page.EvaluateAsync<double>(
            "() => { const p = document.querySelector('.body p'); return p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize); }");
        Assert.InRange(characters, 34, 41);
    }

    [Fact]
    public async Task PrintedPageCarriesTitleBylineSourceAndItsAddress()
    {
        var (context, page) = await OpenAsync(1280);
        await using var _ = context;
        await page.GotoAsync(Url("/sections/section-2"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var frame = await page.InnerTextAsync(".print-frame");
        Assert.Contains(page.Url, frame);
        Assert.Contains("答好改革之卷 育好时代新人", frame);
        Assert.Contains("文／博达", frame);
        Assert.Contains("原刊", frame);
        Assert.False(await page.IsVisibleAsync(".site-header"));
        Assert.Equal(["rgb(0, 0, 0)", "rgba(0, 0, 0, 0)"], await page.EvaluateAsync<string[]>(
            "() => { const s = getComputedStyle(document.querySelector('.mark')); return [s.color, s.backgroundColor]; }"));
        await page.GotoAsync(Url("/"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await page.IsVisibleAsync(".hero .byline"));
        Assert.True(await page.IsVisibleAsync("#source"));
    }

    [Fact]
    public async Task HomePageWithEverythingItLoadsStaysUnder60KilobytesCompressed()
    {
        var (context, page) = await OpenAsync(1280);
        await using var _ = context;
        // Filled from Playwright's thread; a request that ends while the sizes are read (seen once: "Collection was
        // modified") must not break the count, so the sizes are read from a snapshot.
        var requests = new System.Collections.Concurrent.ConcurrentQueue<IRequest>();
        page.RequestFinished += (_, request) => requests.Enqueue(request);
        await page.GotoAsync(Url("/"), new() { WaitUntil = WaitUntilState.NetworkIdle });
        var finished = requests.ToArray();

        long total = 0;
        foreach (var request in finished)
        {
            var sizes = await request.SizesAsync();
            total += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }

        Assert.NotEmpty(finished);
        Assert.True(total < 60 * 1024, $"the home page loads {total} bytes: {string.Join(", ", finished.Select(r => r.Url))}");
    }

    private static Task<double> RootFontSizeAsync(IPage page) =>
        page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.documentElement).fontSize)");
}
