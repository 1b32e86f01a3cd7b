using System.Globalization;
using System.Xml.Linq;

namespace Qujing.Web.Tests.Integration;

/// <summary>Right after the first import the feature is published, and has not changed since.</summary>
public class FreshSiteDatesTests(SiteFixture site)
{
    [Fact]
    public async Task FreshSiteFeedIsNeverUpdatedBeforeItIsPublished()
    {
        var feed = XDocument.Parse(await site.Client.GetStringAsync(new Uri("/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken));
        XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.All(feed.Root!.Elements(atom + "entry"), e => Assert.True(
            DateTimeOffset.Parse(e.Element(atom + "updated")!.Value, CultureInfo.InvariantCulture) >= DateTimeOffset.Parse(e.Element(atom + "published")!.Value, CultureInfo.InvariantCulture)));
    }
}
