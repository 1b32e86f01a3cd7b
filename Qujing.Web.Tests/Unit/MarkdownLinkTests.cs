using AngleSharp;
using AngleSharp.Dom;
using Qujing.Web.Text;

namespace Qujing.Web.Tests.Unit;

/// <summary>Link and image targets in Markdown pass a scheme allow-list; anything else is shown as text.</summary>
public class MarkdownLinkTests
{
    /// <summary>A library that holds one photo, /media/7, 1600×1000.</summary>
    private readonly MarkdownRenderer _renderer = new(Microsoft.Extensions.Logging.Abstractions.NullLogger<MarkdownRenderer>.Instance, new OnePhoto());

    private async Task<IDocument> RenderAsync(string markdown)
    {
        using var writer = new StringWriter();
        _renderer.Render(markdown).Html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(writer.ToString()), TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("[点我](javascript:alert(1))")]
    [InlineData("[点我](JaVaScRiPt:alert(1))")]
    [InlineData("[点我](java&#x09;script:alert(1))")]
    [InlineData("[点我](&#106;avascript:alert(1))")]
    [InlineData("[点我](<\u0001javascript:alert(1)>)")]
    [InlineData("[点我](< javascript:alert(1)>)")]
    [InlineData("[点我](<java\tscript:alert(1)>)")]
    [InlineData("[点我](java\u200Bscript:alert(1))")]
    [InlineData("[点我](vbscript:msgbox(1))")]
    [InlineData("[点我](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[点我](//evil.example/)")]
    [InlineData("[点我](/\\evil.example/)")]
    [InlineData("[点我][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("| 列 | 列 |\n|---|---|\n| [点我](javascript:alert(1)) | 文字 |")]
    public async Task LinkOutsideTheAllowListIsShownAsItsText(string markdown)
    {
        var page = await RenderAsync(markdown);

        Assert.Empty(page.QuerySelectorAll("a"));
        Assert.Contains("点我", page.Body!.TextContent);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JAVASCRIPT:alert(1)>")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("<data:text/html,x>")]
    public async Task AutolinkOutsideTheAllowListIsShownAsPlainText(string markdown)
    {
        var page = await RenderAsync(markdown);

        Assert.Empty(page.QuerySelectorAll("a"));
        Assert.Equal(markdown.Trim('<', '>'), page.Body!.TextContent.Trim());
    }

    [Theory]
    [InlineData("![校园](javascript:alert(1))")]
    [InlineData("![校园](http://evil.example/a.png)")]
    [InlineData("![校园](HTTPS://evil.example/a.png)")]
    [InlineData("![校园](//evil.example/a.png)")]
    [InlineData("![校园](data:image/png;base64,AAAA)")]
    [InlineData("![校园][r]\n\n[r]: https://evil.example/a.png")]
    [InlineData("![校园](/images/a.png)")]
    [InlineData("![校园](images/a.png)")]
    [InlineData("![校园](/media/7/960.webp)")]
    [InlineData("![校园](/media/8)")]
    public async Task ImageFromAnotherHostOrSchemeBecomesItsAltText(string markdown)
    {
        var page = await RenderAsync(markdown);

        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.Equal("校园", page.Body!.TextContent.Trim());
    }

    [Fact]
    public async Task ImageInsideARefusedLinkStaysWhenItIsFromTheLibrary()
    {
        var page = await RenderAsync("[![校园](/media/7)](javascript:alert(1))");

        Assert.Empty(page.QuerySelectorAll("a"));
        Assert.Equal("/media/7/960.webp?v=abc", page.QuerySelector("img")!.GetAttribute("src"));
    }

    [Theory]
    [InlineData("[文](https://www.gov.cn/a?b=1)", "https://www.gov.cn/a?b=1")]
    [InlineData("[文](http://example.com)", "http://example.com")]
    [InlineData("[文](mailto:editor@example.com)", "mailto:editor@example.com")]
    [InlineData("[文](/sections/section-1#p3)", "/sections/section-1#p3")]
    [InlineData("[文](#p3)", "#p3")]
    [InlineData("[文](schools/school-1)", "schools/school-1")]
    [InlineData("<https://www.gov.cn>", "https://www.gov.cn")]
    [InlineData("<editor@example.com>", "mailto:editor@example.com")]
    [InlineData("[文][r]\n\n[r]: /timeline", "/timeline")]
    public async Task AllowedLinkKeepsItsTarget(string markdown, string href)
    {
        var page = await RenderAsync(markdown);

        Assert.Equal(href, page.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task LibraryImageGetsItsSizesAndItsAltTextFromTheLibraryWhenTheMarkdownHasNone()
    {
        var page = await RenderAsync("![](/media/7)");

        var img = page.QuerySelector("img")!;
        Assert.Equal("/media/7/480.webp?v=abc 480w, /media/7/960.webp?v=abc 960w, /media/7/1600.webp?v=abc 1600w", img.GetAttribute("srcset"));
        Assert.Equal(("960", "600", "lazy", "async"), (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("loading"), img.GetAttribute("decoding")));
        Assert.Equal("图书馆", img.GetAttribute("alt"));
    }

    private sealed class OnePhoto : Qujing.Web.Features.Media.IMediaImages
    {
        public IReadOnlyDictionary<int, Qujing.Web.Features.Media.MediaImage> Find(IReadOnlyCollection<int> ids) =>
            ids.Contains(7) ? new Dictionary<int, Qujing.Web.Features.Media.MediaImage> { [7] = new(7, "图书馆", "", "", 1600, 1000, "abc", [480, 960, 1600]) } : [];
    }
}
