using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Tests.Support;
using Xunit;

namespace SunoPS.Client.Tests.Hostile
{
    /// <summary>
    /// What the real handler and the transport make of hostile answers from a raw loopback server: every one a
    /// SunoException with a kind that has a documented id, bounded in size, and tried no more often than the module's
    /// own retry budget allows.
    /// </summary>
    public sealed class HostileAnswerTests
    {
        private static SunoClient ClientFor(HostileServer server, int maxRetries = 2) => new SunoClient(new SunoClientOptions
        {
            BaseUri = server.Uri,
            UploadBaseUri = server.Uri,
            ApiKeyProvider = () => FakeHandler.Key,
            MaxRetries = maxRetries,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            MaxRetryDelay = TimeSpan.FromMilliseconds(5),
            RequestTimeout = TimeSpan.FromSeconds(20),
        });

        private static string Record(string title) =>
            "{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"t-1\",\"status\":\"SUCCESS\",\"response\":{\"taskId\":\"t-1\"," +
            "\"sunoData\":[{\"id\":\"a\",\"title\":\"" + title + "\",\"audioUrl\":\"http://files.test/a.mp3\"}]}}}";

        [Fact]
        public async Task A_lone_surrogate_escape_in_a_record_is_a_malformed_response()
        {
            using var server = HostileServer.Always(Record("\\ud800"));
            using var client = ClientFor(server);

            var error = await Assert.ThrowsAsync<SunoException>(() => client.GetTaskAsync("t-1"));

            Assert.Equal(SunoErrorKind.MalformedResponse, error.Kind);
            Assert.Equal("t-1", error.Target);
        }

        [Fact]
        public async Task A_bogus_charset_is_read_as_the_UTF8_that_JSON_is()
        {
            using var server = HostileServer.Always(Record("Café"), "Content-Type: application/json; charset=no-such-charset");
            using var client = ClientFor(server);

            var task = await client.GetTaskAsync("t-1");

            Assert.Equal("Café", task.Tracks[0].Title);
        }

        [Fact]
        public async Task An_oversized_answer_is_a_server_error_read_once()
        {
            var body = new byte[5 * 1024 * 1024];
            for (var i = 0; i < body.Length; i++) body[i] = (byte)' ';
            using var server = HostileServer.Always(200, body, "Content-Type: application/json");
            using var client = ClientFor(server);

            var error = await Assert.ThrowsAsync<SunoException>(() => client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.ServerError, error.Kind);
            Assert.Contains("MiB", error.Message);
            Assert.Equal(1, server.Requests); // not retried: the same flood would come again
        }

        [Fact]
        public async Task An_oversized_answer_without_a_length_stops_at_the_cap()
        {
            // Chunked, no Content-Length: only counting what is read can stop it.
            using var server = new HostileServer(async (n, head, stream, socket) =>
            {
                var start = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                await stream.WriteAsync(start, 0, start.Length);
                var chunk = new byte[64 * 1024];
                for (var i = 0; i < chunk.Length; i++) chunk[i] = (byte)' ';
                var size = Encoding.ASCII.GetBytes((chunk.Length).ToString("x") + "\r\n");
                var end = Encoding.ASCII.GetBytes("\r\n");
                for (var i = 0; i < 1024; i++) // 64 MiB if nothing stopped reading
                {
                    await stream.WriteAsync(size, 0, size.Length);
                    await stream.WriteAsync(chunk, 0, chunk.Length);
                    await stream.WriteAsync(end, 0, end.Length);
                }
            });
            using var client = ClientFor(server);

            var error = await Assert.ThrowsAsync<SunoException>(() => client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.ServerError, error.Kind);
        }

        [Fact]
        public async Task A_gzip_bomb_does_not_inflate_past_the_cap()
        {
            var bomb = HostileServer.GzipBomb(64 * 1024 * 1024);
            Assert.True(bomb.Length < 1024 * 1024);
            using var server = HostileServer.Always(200, bomb, "Content-Type: application/json", "Content-Encoding: gzip");
            using var client = ClientFor(server);

            var error = await Assert.ThrowsAsync<SunoException>(() => client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.ServerError, error.Kind);
            Assert.Equal(1, server.Requests);
        }

        [Fact]
        public async Task A_server_that_resets_gets_exactly_the_modules_retry_budget()
        {
            using var server = HostileServer.Resetting();
            using var client = ClientFor(server, maxRetries: 3);

            var error = await Assert.ThrowsAsync<SunoException>(() => client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.NetworkError, error.Kind);
            Assert.Equal(4, server.Requests); // MaxRetries + 1; the handler adds none of its own
        }

        [Theory]
        [InlineData("-5")]
        [InlineData("12.5")]
        [InlineData("\"lots\"")]
        [InlineData("null")]
        [InlineData("1e300")]
        [InlineData("{\"credits\":-1}")]
        public async Task A_credit_balance_that_is_not_a_non_negative_integer_is_a_server_error(string data)
        {
            using var server = HostileServer.Always("{\"code\":200,\"msg\":\"success\",\"data\":" + data + "}");
            using var client = ClientFor(server);

            var error = await Assert.ThrowsAsync<SunoException>(() => client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.ServerError, error.Kind);
        }

        [Theory]
        [InlineData("42", 42)]
        [InlineData("{\"credits\":7}", 7)]
        [InlineData("0", 0)]
        public async Task A_good_credit_balance_is_read(string data, long expected)
        {
            using var server = HostileServer.Always("{\"code\":200,\"msg\":\"success\",\"data\":" + data + "}");
            using var client = ClientFor(server);

            Assert.Equal(expected, await client.GetCreditsAsync());
        }

        [Theory]
        [InlineData("http://api.example/")]
        [InlineData("ftp://api.example/")]
        public async Task A_base_that_is_not_https_beyond_loopback_is_refused_before_anything_is_sent(string baseUri)
        {
            var handler = new FakeHandler(_ => FakeHandler.Json("{\"code\":200,\"msg\":\"success\",\"data\":1}"));
            using var client = new SunoClient(FakeHandler.Options(o =>
            {
                o.BaseUri = new Uri(baseUri);
                o.AllowUnencryptedAuthentication = false;
            }), handler);

            var error = await Assert.ThrowsAsync<SunoException>(() => client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.InvalidRequest, error.Kind);
            Assert.Contains("nothing was sent", error.Message);
            Assert.Empty(handler.Seen);
        }

        [Fact]
        public async Task Plain_http_beyond_loopback_goes_when_allowed_and_loopback_always()
        {
            var handler = new FakeHandler(_ => FakeHandler.Json("{\"code\":200,\"msg\":\"success\",\"data\":1}"));
            using (var client = new SunoClient(FakeHandler.Options(o => o.BaseUri = new Uri("http://api.example/")), handler))
            {
                Assert.Equal(1, await client.GetCreditsAsync()); // the fake's options opt in
            }

            using var server = HostileServer.Always("{\"code\":200,\"msg\":\"success\",\"data\":3}");
            using var loopback = ClientFor(server); // no opt-in: loopback is the emulator
            Assert.Equal(3, await loopback.GetCreditsAsync());
        }

        [Fact]
        public async Task A_TLS_failure_is_not_retried_and_says_nothing_was_sent()
        {
            // A server that speaks plain text at once where the client expects a TLS handshake.
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            var connections = 0;
            _ = Task.Run(async () =>
            {
                try
                {
                    while (true)
                    {
                        using var socket = await listener.AcceptSocketAsync();
                        System.Threading.Interlocked.Increment(ref connections);
                        socket.Send(Encoding.ASCII.GetBytes("HTTP/1.1 400 Not TLS\r\nContent-Length: 0\r\n\r\n"));
                        socket.Shutdown(System.Net.Sockets.SocketShutdown.Both);
                    }
                }
                catch (Exception)
                {
                }
            });
            using var stop = new Disposer(listener.Stop);
            using var client = new SunoClient(new SunoClientOptions
            {
                BaseUri = new Uri("https://127.0.0.1:" + port + "/"),
                ApiKeyProvider = () => FakeHandler.Key,
                MaxRetries = 3,
                RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            });

            var error = await Assert.ThrowsAsync<SunoException>(() => client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.NetworkError, error.Kind);
            Assert.Contains("Nothing was sent", error.Message);
            Assert.False(error.MayHaveBeenAccepted);
            Assert.Equal(1, error.Attempts);
            Assert.Equal(1, System.Threading.Volatile.Read(ref connections));
        }

        private sealed class Disposer : IDisposable
        {
            private readonly Action _dispose;
            public Disposer(Action dispose) => _dispose = dispose;
            public void Dispose() => _dispose();
        }
    }
}
