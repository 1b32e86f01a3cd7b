using AngleSharp;
using AngleSharp.Dom;

namespace Qujing.Web.Tests.Integration;

/// <summary>One started site shared by the read-only page tests.</summary>
public sealed class SiteFixture : IDisposable
{
    public QujingFactory Factory { get; } = new();

    public HttpClient Client => Factory.CreateClient(new() { AllowAutoRedirect = false });

    public async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(string url)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html), TestContext.Current.CancellationToken);
        return (response, document);
    }

    public void Dispose()
    {
        Factory.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<SiteFixture>
{
    /// <summary>Web tests share one site and run one at a time (Serilog's static logger is process-wide).</summary>
    public const string Name = "web";
}
