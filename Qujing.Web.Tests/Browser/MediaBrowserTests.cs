using Microsoft.Playwright;
using Qujing.Web.Tests.Integration;

namespace Qujing.Web.Tests.Browser;

/// <summary>The media library in Chromium under the site's CSP: a photo uploaded through the real form, then used as a school's lead image.</summary>
[Collection(BrowserCollection.Name)]
public class MediaBrowserTests(BrowserFixture browser)
{
    private Uri Site => browser.Site!.Address;

    [Fact]
    public async Task PhotoUploadedThroughTheFormShowsItsThumbnailAndLeadsASchoolPage()
    {
        Assert.SkipWhen(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason ?? "");
        await using var context = await browser.Browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        await CspWatch.AttachAsync(context);
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await AdminSignIn.SignInAsync(page, Site);

        await page.GotoAsync(new Uri(Site, "/admin/media").ToString());
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "校门.jpg", MimeType = "image/jpeg", Buffer = TestPhotos.Jpeg(1600, 900) });
        await page.FillAsync("#Upload_Alt", "浏览器上传的校门照片");
        await page.FillAsync("#Upload_Caption", "曲靖一中校门。");
        await page.FillAsync("#Upload_Credit", "测试摄影");
        await page.ClickAsync("form.media-upload button[type=submit]");
        await page.WaitForURLAsync("**/admin/media");

        var thumbnail = page.Locator(".media-grid img[alt='浏览器上传的校门照片']");
        await Assertions.Expect(thumbnail).ToBeVisibleAsync();
        await Assertions.Expect(thumbnail).ToHaveJSPropertyAsync("complete", true); // visible comes before loaded on a busy machine
        Assert.True(await thumbnail.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the thumbnail loaded");
        Assert.StartsWith("![浏览器上传的校门照片](/media/", await page.Locator(".media-grid .snippet").First.InputValueAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "media-library-1280.png"), FullPage = true });
        await page.SetViewportSizeAsync(375, 800);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "media-library-375.png"), FullPage = true });
        Assert.Empty(await CspWatch.ViolationsAsync(page));

        // The photo as school-1's lead image, chosen on its edit form, saved and published.
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync(new Uri(Site, "/admin/schools/1/edit").ToString());
        await page.SelectOptionAsync("#Content_LeadImageId", new SelectOptionValue { Label = (await page.Locator("#Content_LeadImageId option", new() { HasText = "浏览器上传的校门照片" }).TextContentAsync())!.Trim() });
        await page.ClickAsync("button[value=save]");
        await page.WaitForURLAsync("**/preview/*");
        await page.ClickAsync(".preview-notice button[type=submit]");

        var school = await context.NewPageAsync();
        await school.GotoAsync(new Uri(Site, "/schools/school-1").ToString());
        var lead = school.Locator("figure.lead-image img");
        await Assertions.Expect(lead).ToBeVisibleAsync();
        await Assertions.Expect(lead).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await lead.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the lead image loaded");
        // The resized variants, offered by width; the browser picked one of them, as WebP, from the site itself.
        var srcset = await lead.GetAttributeAsync("srcset") ?? "";
        Assert.Contains("480w", srcset, StringComparison.Ordinal);
        Assert.Contains("960w", srcset, StringComparison.Ordinal);
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/media/\d+/(480|960|1600)\.webp\?v=[0-9a-f]{16}$", await lead.EvaluateAsync<string>("img => img.currentSrc"));
        await Assertions.Expect(school.Locator("figure.lead-image figcaption")).ToContainTextAsync("测试摄影");
        await school.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "school-lead-image-1280.png") });
        await school.SetViewportSizeAsync(375, 800);
        await school.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "school-lead-image-375.png") });
        Assert.Empty(await CspWatch.ViolationsAsync(school));
    }
}
