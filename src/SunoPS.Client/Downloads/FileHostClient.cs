using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// The HTTP client for file hosts, apart from the API's: it never carries the API key (file URLs point at
    /// other hosts, and redirects may go anywhere), leaves bytes as sent (the size check compares with
    /// Content-Length), and has no whole-request timeout, since a file may take long while data keeps coming;
    /// callers time each read instead. Redirects are followed here, not by the handler, so every hop is checked:
    /// a host that is or resolves to a loopback, link-local or private address is refused (unless allowed: the
    /// API itself is on loopback), and so is a step down from https to http.
    /// </summary>
    internal sealed class FileHostClient : IDisposable
    {
        public const int MaxRedirects = 5;

        private readonly HttpClient _http;
        private readonly Func<IPAddress, bool>? _refused;
        private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve;
        private readonly bool _viaProxy;

        /// <param name="allowPrivate">True when any address may be fetched (the API is on loopback): hosts are then not resolved ahead.</param>
        /// <param name="refused">Which addresses no request may go to, instead of the private ones.</param>
        /// <param name="proxy">The proxy to fetch through (null: the system's); a name it resolves but this machine cannot is then let through.</param>
        public FileHostClient(string userAgent, HttpMessageHandler? handler = null, bool allowPrivate = true, Func<IPAddress, bool>? refused = null,
            IWebProxy? proxy = null)
        {
            _viaProxy = proxy != null;
            _http = new HttpClient(handler ?? CreateHandler(proxy), disposeHandler: true)
            {
                Timeout = Timeout.InfiniteTimeSpan,
            };
            _http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
            _refused = refused ?? (allowPrivate ? null : (Func<IPAddress, bool>)PrivateAddresses.Contains);
            _resolve = (host, token) => Dns.GetHostAddressesAsync(host);
        }

        /// <summary>
        /// Sends a GET and returns once the headers are in; the body is read by the caller. Follows up to
        /// <see cref="MaxRedirects"/> redirects, checking each hop; throws <see cref="SunoException"/> (DownloadFailed)
        /// for a refused one.
        /// </summary>
        public async Task<HttpResponseMessage> GetAsync(Uri uri, CancellationToken cancellationToken)
        {
            for (var hop = 0; ; hop++)
            {
                await CheckAsync(uri, cancellationToken).ConfigureAwait(false);
                var request = new HttpRequestMessage(HttpMethod.Get, uri);
                var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (!(status == 301 || status == 302 || status == 303 || status == 307 || status == 308) || response.Headers.Location == null)
                {
                    return response;
                }

                var next = response.Headers.Location.IsAbsoluteUri ? response.Headers.Location : new Uri(uri, response.Headers.Location);
                response.Dispose();
                if (hop >= MaxRedirects) throw Refused(uri, "it redirected more than " + MaxRedirects + " times");
                if (uri.Scheme == Uri.UriSchemeHttps && next.Scheme != Uri.UriSchemeHttps)
                {
                    throw Refused(next, "an https download may not be redirected to " + next.Scheme);
                }

                if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps) throw Refused(next, "it is not an http or https URL");
                uri = next;
            }
        }

        /// <summary>
        /// Resolves the host before connecting and refuses private addresses. (netstandard2.0 has no connect callback,
        /// so a name that changes its address between this look-up and the connection is not caught.)
        /// </summary>
        private async Task CheckAsync(Uri uri, CancellationToken cancellationToken)
        {
            if (_refused == null) return;
            IPAddress[] addresses;
            if (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal))
            {
                addresses = new[] { literal };
            }
            else
            {
                try
                {
                    addresses = await _resolve(uri.IdnHost, cancellationToken).ConfigureAwait(false);
                }
                catch (System.Net.Sockets.SocketException) when (_viaProxy)
                {
                    return; // behind a proxy only the proxy may know the name; a name this machine resolves is still checked
                }
                catch (System.Net.Sockets.SocketException e)
                {
                    throw new HttpRequestException("The name " + uri.Host + " could not be resolved: " + e.Message, e);
                }
            }

            var bad = addresses.FirstOrDefault(_refused!);
            if (bad != null) throw Refused(uri, "its host is or resolves to the private address " + bad);
        }

        private static SunoException Refused(Uri uri, string why) =>
            new SunoException(SunoErrorKind.DownloadFailed, "The file URL " + uri.GetLeftPart(UriPartial.Path) + " was refused: " + why +
                ". Files are only fetched from public hosts (private ones only when the API itself is on loopback).")
            { Target = uri.AbsoluteUri };

        private static HttpMessageHandler CreateHandler(IWebProxy? proxy)
        {
            var handler = new HttpClientHandler
            {
                AllowAutoRedirect = false, // followed by GetAsync, hop by hop
                AutomaticDecompression = DecompressionMethods.None,
                UseCookies = false,
                PreAuthenticate = false,
                UseDefaultCredentials = false,
            };
            Http.ProxySetting.Apply(handler, proxy);
            try
            {
                // .NET Framework defaults to 2. Twice the most downloads at once: each song fetches its cover beside it.
                handler.MaxConnectionsPerServer = 2 * AdaptiveConcurrency.DefaultCeiling;
            }
            catch (PlatformNotSupportedException)
            {
            }

            return handler;
        }

        public void Dispose() => _http.Dispose();
    }
}
