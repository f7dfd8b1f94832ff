using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SunoPS.Emulator.Api;

/// <summary>Checks <c>Authorization: Bearer &lt;key&gt;</c> on API requests.</summary>
internal static class BearerAuth
{
    /// <param name="request">The incoming request.</param>
    /// <param name="expectedKey">The accepted key; null accepts any non-empty key.</param>
    public static bool IsAuthorized(HttpRequest request, string? expectedKey)
    {
        var header = request.Headers.Authorization.ToString().Trim();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var key = header[scheme.Length..].Trim();
        if (key.Length == 0) return false;
        if (expectedKey is null) return true;
        // Constant-time compare: the emulator is a test double, but it should not teach timing leaks.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(expectedKey));
    }
}
