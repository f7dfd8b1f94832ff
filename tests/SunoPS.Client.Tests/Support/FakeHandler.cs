using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Tests.Support
{
    /// <summary>One request as the fake server saw it.</summary>
    internal sealed class SeenRequest
    {
        public SeenRequest(HttpRequestMessage request, string body, int number)
        {
            Method = request.Method;
            Uri = request.RequestUri!;
            Authorization = request.Headers.Authorization?.ToString();
            ContentType = request.Content?.Headers.ContentType?.MediaType;
            Body = body;
            Number = number;
        }

        public HttpMethod Method { get; }
        public Uri Uri { get; }
        public string? Authorization { get; }
        public string? ContentType { get; }
        public string Body { get; }

        /// <summary>1 for the first request the handler saw.</summary>
        public int Number { get; }

        public string PathAndQuery => Uri.PathAndQuery;
    }

    /// <summary>
    /// A server in a delegate: answers synchronously (so a read is one step on a manual clock) and records every
    /// request. The answer may throw to stand for a network failure (see <see cref="Refused"/>, <see cref="TimedOut"/>).
    /// </summary>
    internal sealed class FakeHandler : HttpMessageHandler
    {
        private readonly Func<SeenRequest, HttpResponseMessage> _answer;
        private readonly List<SeenRequest> _seen = new List<SeenRequest>();

        public FakeHandler(Func<SeenRequest, HttpResponseMessage> answer)
        {
            _answer = answer;
        }

        public IReadOnlyList<SeenRequest> Seen
        {
            get
            {
                lock (_seen) return _seen.ToArray();
            }
        }

        public int Count
        {
            get
            {
                lock (_seen) return _seen.Count;
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content == null ? "" : request.Content.ReadAsStringAsync(cancellationToken).GetAwaiter().GetResult();
            SeenRequest seen;
            lock (_seen)
            {
                seen = new SeenRequest(request, body, _seen.Count + 1);
                _seen.Add(seen);
            }

            var response = _answer(seen);
            response.RequestMessage = request;
            return Task.FromResult(response);
        }

        public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
            new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        /// <summary>The standard envelope around <paramref name="dataJson"/> (raw JSON: an object, a number, null).</summary>
        public static HttpResponseMessage Envelope(int code, string dataJson = "null", string msg = "success",
            HttpStatusCode status = HttpStatusCode.OK) =>
            Json("{\"code\":" + code + ",\"msg\":\"" + msg + "\",\"data\":" + dataJson + "}", status);

        public static HttpResponseMessage Record(string recordJson) => Envelope(200, recordJson);

        /// <summary>What a connection attempt to a port nobody listens on throws: nothing reached the server.</summary>
        public static Exception Refused() =>
            new HttpRequestException("Connection refused", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused));

        /// <summary>A connection dropped after the request went out: the server may have acted on it.</summary>
        public static Exception Reset() =>
            new HttpRequestException("The response ended prematurely.", new System.IO.IOException("Connection reset by peer"));

        /// <summary>What the per-attempt time-out looks like to the transport (its own token, not the caller's).</summary>
        public static Exception TimedOut() => new TaskCanceledException("The request timed out.");

        public static SunoClientOptions Options(Action<SunoClientOptions>? configure = null)
        {
            var options = new SunoClientOptions
            {
                BaseUri = new Uri("http://api.test/"),
                UploadBaseUri = new Uri("http://upload.test/"),
                AllowUnencryptedAuthentication = true, // nothing goes on a wire here
                ApiKeyProvider = () => Key,
                MaxRetries = 2,
                RetryBaseDelay = TimeSpan.FromMilliseconds(1),
                MaxRetryDelay = TimeSpan.FromMilliseconds(5),
            };
            configure?.Invoke(options);
            return options;
        }

        public const string Key = "fake-key-0123456789";

        public IEnumerable<SeenRequest> To(string path) => Seen.Where(r => r.Uri.AbsolutePath == path);
    }
}
