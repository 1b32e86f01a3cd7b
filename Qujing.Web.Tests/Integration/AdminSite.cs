using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Qujing.Web.Features.Accounts;

namespace Qujing.Web.Tests.Integration;

/// <summary>A site with a first Admin from configuration and an Editor, and helpers to sign in through the login form.</summary>
public sealed class AdminSite : IDisposable
{
    public const string AdminName = "chief";
    public const string AdminPassword = "chief-pass-2026";
    public const string EditorName = "lihua";
    public const string EditorPassword = "editor-pass-2026";

    /// <summary>
    /// Tests here sign in many times a minute from one address (the in-memory server gives none), so the login limits
    /// are raised; a test about limits sets its own in <paramref name="settings"/>, which come after and win.
    /// Editing tests start from the text as imported, every item at its revision 1, so the editors' corrections are
    /// off here; a test of corrections turns them on with ("Content:Corrections", "corrections.txt").
    /// </summary>
    public AdminSite(params (string Key, string Value)[] settings)
    {
        Factory = new QujingFactoryWith([
            ("Admin:UserName", AdminName), ("Admin:Password", AdminPassword),
            ("RateLimits:Login:PermitLimit", "1000"), ("RateLimits:LoginName:PermitLimit", "1000"),
            ("Content:Corrections", ""),
            .. settings]);
        using var scope = Factory.Services.CreateScope();
        var result = scope.ServiceProvider.GetRequiredService<AccountSeeder>().CreateAsync(EditorName, EditorPassword, Roles.Editor).GetAwaiter().GetResult();
        Assert.True(result.Succeeded);
    }

    public QujingFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public HttpClient Anonymous() => Factory.CreateClient(new() { AllowAutoRedirect = false });

    public async Task<HttpClient> SignedInAsync(string name, string password)
    {
        var client = Anonymous();
        var response = await PostFormAsync(client, "/admin/login", new() { ["UserName"] = name, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<IDocument> GetDocumentAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative), Ct);
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html), Ct);
    }

    /// <summary>Posts a form the way a browser would: the antiforgery token comes from the page that shows the form.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await GetDocumentAsync(client, formPage ?? url);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.NotNull(token);
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields), Ct);
    }

    /// <summary>The values an edit form would post as it stands (checked boxes only, a textarea's text).</summary>
    public static Dictionary<string, string> FormFields(IDocument page) =>
        page.QuerySelectorAll("form.form input[name], form.form textarea[name], form.form select[name]")
            .Where(i => i.GetAttribute("type") is not ("checkbox" or "radio" or "submit") || i.HasAttribute("checked"))
            .GroupBy(i => i.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First().LocalName == "textarea" ? g.First().TextContent : g.First().GetAttribute("value") ?? "");

    public static async Task<IDocument> ReadAsync(HttpResponseMessage response) =>
        await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(response.Content.ReadAsStringAsync(Ct).GetAwaiter().GetResult()), Ct);

    public void Dispose() => Factory.Dispose();
}
