using System.Net;

namespace Qujing.Web.Infrastructure.RateLimiting;

/// <summary>
/// Who a client is, for counting its requests: its IPv4 address, or its IPv6 /64 network (one subscriber is given a whole
/// /64, so counting single IPv6 addresses would give one client 2^64 budgets).
/// </summary>
public static class ClientAddress
{
    /// <summary>
    /// The key of the connection's remote address (the real client's: forwarded headers from trusted proxies are
    /// applied before). No address (the in-memory test server) is one shared key.
    /// </summary>
    public static string PartitionKey(IPAddress? address)
    {
        if (address is null)
        {
            return "";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString();
    }
}
