using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// The HTTP client for file hosts, apart from the API's: it never carries the API key (file URLs point at
    /// other hosts, and redirects may go anywhere), follows redirects, leaves bytes as sent (the size check
    /// compares with Content-Length), and has no whole-request timeout, since a file may take long while
    /// data keeps coming; callers time each read instead.
    /// </summary>
    internal sealed class FileHostClient : IDisposable
    {
        private readonly HttpClient _http;

        public FileHostClient(string userAgent, HttpMessageHandler? handler = null)
        {
            _http = new HttpClient(handler ?? CreateHandler(), disposeHandler: true)
            {
                Timeout = Timeout.InfiniteTimeSpan,
            };
            _http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        }

        /// <summary>Sends a GET and returns once the headers are in; the body is read by the caller.</summary>
        public Task<HttpResponseMessage> GetAsync(Uri uri, CancellationToken cancellationToken)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, uri);
            return _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }

        private static HttpMessageHandler CreateHandler()
        {
            var handler = new HttpClientHandler
            {
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 5,
                AutomaticDecompression = DecompressionMethods.None,
                UseCookies = false,
                PreAuthenticate = false,
                UseDefaultCredentials = false,
            };
            try
            {
                handler.MaxConnectionsPerServer = 32; // .NET Framework defaults to 2.
            }
            catch (PlatformNotSupportedException)
            {
            }

            return handler;
        }

        public void Dispose() => _http.Dispose();
    }
}
