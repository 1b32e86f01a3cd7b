using AngleSharp;
using AngleSharp.Dom;
using Qujing.Web.Tests.Integration;

// One site for the whole run, read by test classes in parallel.
[assembly: AssemblyFixture(typeof(SiteFixture))]

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

/// <summary>
/// Tests that depend on state of the whole process (an environment variable every site reads at its start, diagnostic
/// events from every site in it) run here: one at a time, after the others and alone. Every other test class runs in
/// parallel with the rest, each site over its own database.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WebCollection
{
    public const string Name = "web";
}
