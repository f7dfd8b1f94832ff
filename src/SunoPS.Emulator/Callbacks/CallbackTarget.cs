using System.Net;

namespace SunoPS.Emulator.Callbacks;

/// <summary>
/// Which callback URLs the emulator posts to: loopback ones only unless the host allows any (so a placeholder such as
/// https://example.com/callback, or a real webhook, is never called from a test run).
/// </summary>
internal static class CallbackTarget
{
    public static bool TryParse(string? url, out Uri uri)
    {
        uri = null!;
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed)) return false;
        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps) return false;
        uri = parsed;
        return true;
    }

    public static bool IsLoopback(Uri uri)
    {
        if (uri.IsLoopback) return true; // localhost, 127.0.0.0/8, [::1]
        return IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>Null when the URL may be called, otherwise why not (kept in the delivery log).</summary>
    public static string? RefusalOf(string? url, bool anyHost, out Uri uri)
    {
        if (!TryParse(url, out uri)) return "not an absolute http(s) URL";
        if (!anyHost && !IsLoopback(uri)) return "not a loopback host (start the emulator with --callbacks-any-host to allow it)";
        return null;
    }
}
