using System.Net;
using System.Net.Http;

namespace SunoPS.Client.Http
{
    /// <summary>
    /// The one place a handler gets its proxy, so the API, the upload host and the file hosts always go the same way.
    /// Without a proxy of its own the handler keeps the system's: .NET reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY;
    /// .NET Framework, the Internet Options.
    /// </summary>
    internal static class ProxySetting
    {
        public static void Apply(HttpClientHandler handler, IWebProxy? proxy)
        {
            if (proxy == null) return;
            handler.Proxy = proxy;
            handler.UseProxy = true;
        }
    }
}
