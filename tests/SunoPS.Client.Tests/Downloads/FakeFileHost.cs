using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>
    /// A file host inside the process, for kinds the emulator does not serve yet: answers each path from a queue of
    /// responses (the last one repeats) and records every request.
    /// </summary>
    internal sealed class FakeFileHost : HttpMessageHandler
    {
        private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpResponseMessage>>> _answers =
            new ConcurrentDictionary<string, ConcurrentQueue<Func<HttpResponseMessage>>>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, Func<HttpResponseMessage>> _last =
            new ConcurrentDictionary<string, Func<HttpResponseMessage>>(StringComparer.Ordinal);

        public const string Origin = "https://files.test";

        public ConcurrentQueue<HttpRequestMessage> Requests { get; } = new ConcurrentQueue<HttpRequestMessage>();

        public static string Url(string path) => Origin + path;

        /// <summary>Answers <paramref name="path"/> with these, one per request, then the last one again.</summary>
        public FakeFileHost Serve(string path, params Func<HttpResponseMessage>[] answers)
        {
            var queue = _answers.GetOrAdd(path, _ => new ConcurrentQueue<Func<HttpResponseMessage>>());
            foreach (var answer in answers) queue.Enqueue(answer);
            return this;
        }

        public int RequestsFor(string path)
        {
            var n = 0;
            foreach (var request in Requests) if (request.RequestUri!.AbsolutePath == path) n++;
            return n;
        }

        public static Func<HttpResponseMessage> File(byte[] body, string mediaType) => () =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        };

        /// <summary>A body sent without Content-Length (chunked): only the format's own check can tell it is cut short.</summary>
        public static Func<HttpResponseMessage> Chunked(byte[] body, string mediaType) => () =>
        {
            var content = new UnsizedContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        };

        public static Func<HttpResponseMessage> Status(int code) => () =>
            new HttpResponseMessage((HttpStatusCode)code) { Content = new ByteArrayContent(new byte[0]) };

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Enqueue(request);
            var path = request.RequestUri!.AbsolutePath;
            Func<HttpResponseMessage>? answer = null;
            if (_answers.TryGetValue(path, out var queue) && queue.TryDequeue(out var next))
            {
                answer = next;
                _last[path] = next;
            }
            else if (_last.TryGetValue(path, out var repeat))
            {
                answer = repeat;
            }

            var response = answer?.Invoke() ?? new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new ByteArrayContent(new byte[0]) };
            response.RequestMessage = request;
            return Task.FromResult(response);
        }

        private sealed class UnsizedContent : HttpContent
        {
            private readonly byte[] _body;

            public UnsizedContent(byte[] body)
            {
                _body = body;
            }

            protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_body, 0, _body.Length);

            protected override bool TryComputeLength(out long length)
            {
                length = 0;
                return false;
            }
        }
    }
}
