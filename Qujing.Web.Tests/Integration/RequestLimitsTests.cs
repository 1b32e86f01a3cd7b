using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Qujing.Web.Tests.Integration;

/// <summary>Bodies over the limit get the Chinese 413 page, never a 500, and reach neither the database nor the log.</summary>
public sealed class RequestLimitsTests : IDisposable
{
    private readonly AdminSite _site = new();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFormOverTheLimitGetsTheChinese413Page()
    {
        var client = _site.Anonymous();
        var token = await TokenAsync(client, "/admin/login");
        var fields = new Dictionary<string, string>
        {
            ["UserName"] = new string('a', 5 * 1024 * 1024),
            ["Password"] = "x",
            ["__RequestVerificationToken"] = token,
        };

        var response = await client.PostAsync(new Uri("/admin/login", UriKind.Relative), new FormUrlEncodedContent(fields), Ct);

        await AssertTooLargeAsync(response);
        Assert.DoesNotContain(_site.Factory.Query(db => db.AuditEntries.ToList()), a => a.UserName.Length > 1000);
    }

    [Fact]
    public async Task AnUploadOverTheImportLimitGetsTheChinese413Page()
    {
        var client = await _site.SignedInAsync(AdminSite.AdminName, AdminSite.AdminPassword);
        var token = await TokenAsync(client, "/admin/import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[8 * 1024 * 1024]), "file", "article.txt" },
        };

        var response = await client.PostAsync(new Uri("/admin/import", UriKind.Relative), form, Ct);

        await AssertTooLargeAsync(response);
        Assert.Equal(0, _site.Factory.Query(db => db.PendingImports.Count()));
    }

    [Fact]
    public async Task ABodyWithoutALengthIsStillCutOffAtTheLimit()
    {
        var client = _site.Anonymous();
        var token = await TokenAsync(client, "/admin/login");
        var body = "__RequestVerificationToken=" + Uri.EscapeDataString(token) + "&Password=x&UserName=" + new string('a', 6 * 1024 * 1024);
        using var content = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/admin/login", UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request, Ct);

        await AssertTooLargeAsync(response);
    }

    private static async Task AssertTooLargeAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("提交的内容过大", html);
        Assert.DoesNotContain("抱歉，出错了", html);
    }

    private static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var document = await AdminSite.GetDocumentAsync(client, page);
        return document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}
