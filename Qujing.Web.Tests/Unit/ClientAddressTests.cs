using System.Net;
using Qujing.Web.Infrastructure.RateLimiting;

namespace Qujing.Web.Tests.Unit;

public class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::")]
    public void OneClientIsOneIPv4AddressOrOneIPv6Network(string address, string key)
    {
        Assert.Equal(key, ClientAddress.PartitionKey(IPAddress.Parse(address)));
    }

    [Fact]
    public void NeighbouringIPv6NetworksAreDifferentClients()
    {
        Assert.NotEqual(ClientAddress.PartitionKey(IPAddress.Parse("2001:db8:1:2::1")), ClientAddress.PartitionKey(IPAddress.Parse("2001:db8:1:3::1")));
    }

    [Fact]
    public void RequestsWithoutAnAddressShareOneKey()
    {
        Assert.Equal(ClientAddress.PartitionKey(null), ClientAddress.PartitionKey(null));
        Assert.NotEqual(ClientAddress.PartitionKey(null), ClientAddress.PartitionKey(IPAddress.Loopback));
    }
}
