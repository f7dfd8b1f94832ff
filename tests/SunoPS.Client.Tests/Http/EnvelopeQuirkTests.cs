using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using SunoPS.Client.Timing;
using Xunit;

namespace SunoPS.Client.Tests.Http
{
    /// <summary>
    /// Answers the emulator does not give but gateways and the real API might: a stub handler stands in for the
    /// server, so the transport's reading of each one is pinned down exactly.
    /// </summary>
    public sealed class EnvelopeQuirkTests
    {
        private static (SunoClient Client, StubHandler Stub) Create(Func<HttpRequestMessage, HttpResponseMessage> answer,
            string baseUri = "http://127.0.0.1:1/", int maxRetries = 2, ManualClock? clock = null)
        {
            var stub = new StubHandler(answer);
            var client = new SunoClient(new SunoClientOptions
            {
                BaseUri = new Uri(baseUri),
                ApiKeyProvider = () => "stub-key-0123456789",
                MaxRetries = maxRetries,
                RetryBaseDelay = TimeSpan.FromMilliseconds(5),
                MaxRetryDelay = TimeSpan.FromSeconds(5),
                Clock = clock ?? SunoClock.System,
            }, stub);
            return (client, stub);
        }

        private static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
            new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        [Theory]
        [InlineData("http://127.0.0.1:1/gateway/suno", "http://127.0.0.1:1/gateway/suno/api/v1/generate/credit")]
        [InlineData("http://127.0.0.1:1/gateway/suno/", "http://127.0.0.1:1/gateway/suno/api/v1/generate/credit")]
        [InlineData("http://127.0.0.1:1", "http://127.0.0.1:1/api/v1/generate/credit")]
        public async Task A_gateway_base_keeps_its_path(string baseUri, string expected)
        {
            var (client, stub) = Create(_ => Json("{\"code\":200,\"msg\":\"success\",\"data\":5}"), baseUri);
            using (client)
            {
                Assert.Equal(5, await client.GetCreditsAsync());
            }

            Assert.Equal(expected, Assert.Single(stub.Requests).RequestUri!.AbsoluteUri);
        }

        [Fact]
        public async Task The_key_goes_as_a_bearer_token()
        {
            var (client, stub) = Create(_ => Json("{\"code\":200,\"msg\":\"success\",\"data\":5}"));
            using (client) await client.GetCreditsAsync();

            var auth = Assert.Single(stub.Requests).Headers.Authorization!;
            Assert.Equal("Bearer", auth.Scheme);
            Assert.Equal("stub-key-0123456789", auth.Parameter);
        }

        [Fact]
        public async Task A_success_without_a_record_is_an_unknown_task()
        {
            var (client, _) = Create(_ => Json("{\"code\":200,\"msg\":\"success\",\"data\":null}"));
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.GetTaskAsync("abc"));
                Assert.Equal(SunoErrorKind.TaskNotFound, e.Kind);
                Assert.Equal("abc", e.Target);
            }
        }

        [Theory]
        [InlineData("{\"code\":200,\"msg\":\"success\",\"data\":{\"credits\":42}}")]
        [InlineData("{\"code\":200,\"msg\":\"success\",\"data\":42.0}")]
        public async Task Credits_are_read_bare_or_wrapped(string body)
        {
            var (client, _) = Create(_ => Json(body));
            using (client) Assert.Equal(42, await client.GetCreditsAsync());
        }

        [Fact]
        public async Task Credits_that_are_not_a_number_are_a_server_error()
        {
            var (client, _) = Create(_ => Json("{\"code\":200,\"msg\":\"success\",\"data\":\"lots\"}"));
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.GetCreditsAsync());
                Assert.Equal(SunoErrorKind.ServerError, e.Kind);
            }
        }

        [Fact]
        public async Task A_success_body_behind_an_error_status_is_an_error()
        {
            var (client, stub) = Create(_ => Json("{\"code\":200,\"msg\":\"success\",\"data\":5}", HttpStatusCode.InternalServerError));
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.GetCreditsAsync());
                Assert.Equal(SunoErrorKind.ServerError, e.Kind);
                Assert.Equal(500, e.HttpStatus);
            }

            Assert.Equal(3, stub.Requests.Count); // a read: retried
        }

        [Fact]
        public async Task Code_429_in_an_http_200_is_credits_even_with_retry_after()
        {
            // Only an HTTP 429 can come from a rate limiter; the API's own body code 429 is always about credits.
            var (client, stub) = Create(_ =>
            {
                var answer = Json("{\"code\":429,\"msg\":\"Insufficient credits\",\"data\":null}");
                answer.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
                return answer;
            });
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.GetCreditsAsync());
                Assert.Equal(SunoErrorKind.InsufficientCredits, e.Kind);
            }

            Assert.Single(stub.Requests);
        }

        [Fact]
        public async Task Http_429_with_a_success_body_is_throttling()
        {
            var calls = 0;
            var (client, stub) = Create(_ => Interlocked.Increment(ref calls) == 1
                ? Json("{\"code\":200,\"msg\":\"success\",\"data\":null}", (HttpStatusCode)429)
                : Json("{\"code\":200,\"msg\":\"success\",\"data\":6}"));
            using (client) Assert.Equal(6, await client.GetCreditsAsync());

            Assert.Equal(2, stub.Requests.Count);
        }

        [Fact]
        public async Task Http_429_with_retry_after_as_a_date_is_throttling_even_with_the_credits_code()
        {
            var (client, stub) = Create(_ =>
            {
                var busy = Json("{\"code\":429,\"msg\":\"Insufficient credits\",\"data\":null}", (HttpStatusCode)429);
                busy.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddSeconds(1));
                return busy;
            }, maxRetries: 1);
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.GetCreditsAsync());
                Assert.Equal(SunoErrorKind.RateLimited, e.Kind);
                Assert.Equal(429, e.HttpStatus);
                Assert.DoesNotContain("credits", e.Message, StringComparison.OrdinalIgnoreCase);
            }

            Assert.Equal(2, stub.Requests.Count);
        }

        [Theory]
        [InlineData("")]
        [InlineData("[1,2]")]
        [InlineData("{\"code\":\"200\",\"data\":5}")]
        [InlineData("{\"msg\":\"no code\"}")]
        public async Task Bodies_without_the_envelope_are_malformed(string body)
        {
            var (client, _) = Create(_ => Json(body), maxRetries: 0);
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.GetCreditsAsync());
                Assert.Equal(SunoErrorKind.MalformedResponse, e.Kind);
            }
        }

        [Fact]
        public async Task Retry_after_as_a_date_is_honoured()
        {
            var calls = 0;
            var clock = new ManualClock();
            var (client, stub) = Create(_ =>
            {
                if (Interlocked.Increment(ref calls) > 1) return Json("{\"code\":200,\"msg\":\"success\",\"data\":1}");
                var busy = Json("{\"code\":430,\"msg\":\"Your call frequency is too high.\",\"data\":null}", (HttpStatusCode)430);
                busy.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddSeconds(2));
                return busy;
            }, clock: clock);
            using (client) Assert.Equal(1, await clock.DriveAsync(client.GetCreditsAsync()));

            Assert.Equal(2, stub.Requests.Count);
            // The date is whole seconds away from the wall clock; the retry waited until it (not the 5 ms backoff).
            var wait = Assert.Single(clock.RequestedDelays);
            Assert.InRange(wait, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(2));
        }

        [Fact]
        public async Task A_redirect_is_not_followed_so_the_key_stays_with_the_api()
        {
            var (client, stub) = Create(_ =>
            {
                var moved = new HttpResponseMessage(HttpStatusCode.Found);
                moved.Headers.Location = new Uri("http://elsewhere.invalid/steal");
                return moved;
            });
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.GetCreditsAsync());
                Assert.Equal(SunoErrorKind.InvalidRequest, e.Kind);
            }

            Assert.All(stub.Requests, r => Assert.Equal("127.0.0.1", r.RequestUri!.Host));
        }

        [Fact]
        public async Task Submissions_send_json_with_only_the_given_fields()
        {
            var (client, stub) = Create(_ => Json("{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"t1\"}}"));
            using (client)
            {
                Assert.Equal("t1", await client.GenerateMusicAsync(new GenerateMusicRequest { Prompt = "Ünïcödé \"quoted\"" }));
            }

            var request = Assert.Single(stub.Requests);
            Assert.Equal(HttpMethod.Post, request.Method);
            Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
            using var body = System.Text.Json.JsonDocument.Parse(stub.Bodies[0]);
            var names = new List<string>();
            foreach (var p in body.RootElement.EnumerateObject()) names.Add(p.Name);
            names.Sort(StringComparer.Ordinal);
            Assert.Equal(new[] { "callBackUrl", "customMode", "instrumental", "model", "prompt" }, names);
            Assert.Equal("Ünïcödé \"quoted\"", body.RootElement.GetProperty("prompt").GetString());
        }

        [Fact]
        public async Task A_task_id_in_snake_case_is_accepted()
        {
            var (client, _) = Create(_ => Json("{\"code\":200,\"msg\":\"success\",\"data\":{\"task_id\":\"t2\"}}"));
            using (client) Assert.Equal("t2", await client.GenerateMusicAsync(new GenerateMusicRequest { Prompt = "x" }));
        }

        [Fact]
        public async Task An_accepted_submission_without_a_task_id_is_of_unknown_outcome_and_not_repeated()
        {
            var (client, stub) = Create(_ => Json("{\"code\":200,\"msg\":\"success\",\"data\":{}}"));
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.GenerateMusicAsync(new GenerateMusicRequest { Prompt = "x" }));
                Assert.Equal(SunoErrorKind.SubmissionOutcomeUnknown, e.Kind);
            }

            Assert.Single(stub.Requests);
        }

        private sealed class StubHandler : HttpMessageHandler
        {
            private readonly Func<HttpRequestMessage, HttpResponseMessage> _answer;

            public StubHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) => _answer = answer;

            public List<HttpRequestMessage> Requests { get; } = new List<HttpRequestMessage>();
            public List<string> Bodies { get; } = new List<string>();

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var body = request.Content == null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
                lock (Requests)
                {
                    Requests.Add(request);
                    Bodies.Add(body);
                }

                var response = _answer(request);
                response.RequestMessage = request;
                return response;
            }
        }
    }
}
