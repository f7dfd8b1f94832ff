using System.Net;
using System.Net.Sockets;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// Addresses a file URL from the API must not reach (unless the API itself is on loopback, as the emulator is):
    /// loopback, link-local (cloud metadata lives there), private, carrier-grade NAT, unspecified, multicast, and
    /// their IPv6 forms, IPv4-mapped addresses included.
    /// </summary>
    internal static class PrivateAddresses
    {
        public static bool Contains(IPAddress address)
        {
            if (address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                if (address.IsIPv4MappedToIPv6) return Contains(address.MapToIPv4());
                if (IPAddress.IPv6Loopback.Equals(address) || IPAddress.IPv6None.Equals(address) || IPAddress.IPv6Any.Equals(address)) return true;
                if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast) return true;
                var bytes6 = address.GetAddressBytes();
                return (bytes6[0] & 0xFE) == 0xFC; // fc00::/7, unique local
            }

            var b = address.GetAddressBytes();
            return b[0] == 0 || b[0] == 10 || b[0] == 127 ||
                   (b[0] == 169 && b[1] == 254) ||
                   (b[0] == 172 && b[1] >= 16 && b[1] <= 31) ||
                   (b[0] == 192 && b[1] == 168) ||
                   (b[0] == 100 && b[1] >= 64 && b[1] <= 127) ||
                   b[0] >= 224;
        }
    }
}
