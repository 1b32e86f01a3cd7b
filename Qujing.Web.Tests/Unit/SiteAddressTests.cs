using Qujing.Web.Tests.Integration;

namespace Qujing.Web.Tests.Unit;

/// <summary>The test harness reads the port a site process bound from its console, as Serilog writes the host's line.</summary>
public class SiteAddressTests
{
    [Fact]
    public void TheListeningLineGivesTheAddressTheSiteBound()
    {
        Assert.Equal(new Uri("http://127.0.0.1:40123"), SiteAddress.From("[03:12:01 INF] Now listening on: http://127.0.0.1:40123"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("[03:12:01 INF] Application started. Press Ctrl+C to shut down.")]
    [InlineData("[03:12:02 INF] Qujing feature site is running at http://127.0.0.1:40123")]
    public void OtherLinesGiveNoAddress(string? line)
    {
        Assert.Null(SiteAddress.From(line));
    }
}
