using System;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Tests.Support;
using SunoPS.Emulator;
using Xunit;
using static SunoPS.Client.Tests.Support.EmulatorSessionExtensions;

namespace SunoPS.Client.Tests.Http
{
    /// <summary>
    /// Every envelope case against the real emulator, once as the real API sends it (HTTP 200, the code in the body)
    /// and once with the code as the HTTP status too. The emulator's stats prove what was (not) retried.
    /// </summary>
    public sealed class ApiErrorTests
    {
        private static Task<EmulatorSession> Start(bool asHttpStatus, Action<EmulatorOptions>? configure = null,
            Action<SunoClientOptions>? configureClient = null) =>
            EmulatorSession.StartAsync(o =>
            {
                o.ErrorsAsHttpStatus = asHttpStatus;
                configure?.Invoke(o);
            }, configureClient);

        private static FaultKind CodeFault(bool asHttpStatus) => asHttpStatus ? FaultKind.HttpStatus : FaultKind.BodyCode;

        private static void AssertNoKey(SunoException e) => Assert.DoesNotContain(EmulatorSession.Key, e.ToString());

        [Fact]
        public async Task Success_reads_the_data_of_the_envelope()
        {
            await using var s = await Start(false, o => o.InitialCredits = 321);
            Assert.Equal(321, await s.Client.GetCreditsAsync());
            Assert.Equal(1, s.Requests(CreditPath));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task A_wrong_key_is_authentication_failed_and_never_retried(bool asHttpStatus)
        {
            await using var s = await Start(asHttpStatus, configureClient: c => c.ApiKeyProvider = () => "wrong-key-123456789");

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.AuthenticationFailed, e.Kind);
            Assert.Equal(401, e.ApiCode);
            Assert.Equal(asHttpStatus ? 401 : 200, e.HttpStatus);
            Assert.Contains("Unauthorized", e.Message);
            Assert.DoesNotContain("wrong-key", e.ToString());
            Assert.Equal(1, s.Requests(CreditPath));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task Insufficient_credits_on_generate_is_never_retried(bool asHttpStatus)
        {
            await using var s = await Start(asHttpStatus, o => o.InitialCredits = 0);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GenerateMusicAsync(SimpleRequest()));

            Assert.Equal(SunoErrorKind.InsufficientCredits, e.Kind);
            Assert.Equal(429, e.ApiCode);
            Assert.Equal(1, s.Requests(GeneratePath));
            Assert.Equal(0, s.Emulator.State.TaskCount);
            AssertNoKey(e);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task Code_429_on_a_read_is_credits_and_never_retried(bool asHttpStatus)
        {
            await using var s = await Start(asHttpStatus);
            s.Fault(CodeFault(asHttpStatus), 429, count: -1);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.InsufficientCredits, e.Kind);
            Assert.Equal(1, s.Requests(CreditPath));
        }

        [Theory]
        [InlineData(false, 430)]
        [InlineData(true, 430)]
        [InlineData(false, 405)]
        [InlineData(true, 405)]
        [InlineData(false, 455)]
        [InlineData(true, 455)]
        [InlineData(false, 500)]
        [InlineData(true, 500)]
        public async Task Slow_down_maintenance_and_server_errors_are_retried_for_reads(bool asHttpStatus, int code)
        {
            await using var s = await Start(asHttpStatus, o => o.InitialCredits = 77);
            s.Fault(CodeFault(asHttpStatus), code, count: 2);

            Assert.Equal(77, await s.Client.GetCreditsAsync());
            Assert.Equal(3, s.Requests(CreditPath));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task Maintenance_that_never_ends_is_service_unavailable_after_every_retry(bool asHttpStatus)
        {
            await using var s = await Start(asHttpStatus, configureClient: c => c.MaxRetries = 3);
            s.Fault(CodeFault(asHttpStatus), 455, count: -1);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.ServiceUnavailable, e.Kind);
            Assert.Equal(455, e.ApiCode);
            Assert.Equal(4, e.Attempts);
            Assert.Equal(4, s.Requests(CreditPath));
            Assert.Contains("maintenance", e.Message, StringComparison.OrdinalIgnoreCase);
            AssertNoKey(e);
        }

        [Theory]
        [InlineData(FaultKind.BodyCode, 503, SunoErrorKind.ServiceUnavailable)]
        [InlineData(FaultKind.HttpStatus, 503, SunoErrorKind.ServiceUnavailable)]
        [InlineData(FaultKind.Html, 503, SunoErrorKind.ServiceUnavailable)]
        [InlineData(FaultKind.BodyCode, 408, SunoErrorKind.Timeout)]
        [InlineData(FaultKind.HttpStatus, 408, SunoErrorKind.Timeout)]
        [InlineData(FaultKind.Html, 408, SunoErrorKind.Timeout)]
        [InlineData(FaultKind.BodyCode, 504, SunoErrorKind.Timeout)]
        [InlineData(FaultKind.HttpStatus, 504, SunoErrorKind.Timeout)]
        [InlineData(FaultKind.Html, 504, SunoErrorKind.Timeout)]
        public async Task Unavailable_and_no_answer_in_time_mean_the_same_in_the_body_and_as_a_status(FaultKind kind, int code,
            SunoErrorKind expected)
        {
            await using var s = await Start(false, configureClient: c => c.MaxRetries = 2);
            s.Fault(kind, code, count: -1, path: RecordInfoPath);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetTaskAsync("abc"));

            Assert.Equal(expected, e.Kind);
            Assert.Equal(code, e.ApiCode);
            Assert.Equal(3, e.Attempts);
            Assert.Equal(3, s.Requests(RecordInfoPath));
            Assert.Equal("abc", e.Target);
            Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message);
            Assert.DoesNotContain("maintenance", e.Message, StringComparison.OrdinalIgnoreCase);
            AssertNoKey(e);
        }

        [Theory]
        [InlineData(FaultKind.BodyCode, 503)]
        [InlineData(FaultKind.HttpStatus, 503)]
        [InlineData(FaultKind.HttpStatus, 504)]
        public async Task A_passing_503_or_504_is_ridden_out_on_reads(FaultKind kind, int code)
        {
            await using var s = await Start(false, o => o.InitialCredits = 13);
            s.Fault(kind, code, count: 2);

            Assert.Equal(13, await s.Client.GetCreditsAsync());
            Assert.Equal(3, s.Requests(CreditPath));
        }

        [Fact]
        public async Task Http_429_with_retry_after_is_throttling_retried_as_the_server_asks()
        {
            var clock = new ManualClock();
            await using var s = await Start(false, o => o.InitialCredits = 21, c =>
            {
                c.Clock = clock;
                c.MaxRetryDelay = TimeSpan.FromSeconds(10);
            });
            s.Fault(FaultKind.HttpStatus, 429, count: 1, retryAfterSeconds: 1);

            Assert.Equal(21, await clock.DriveAsync(s.Client.GetCreditsAsync()));

            Assert.Equal(2, s.Requests(CreditPath));
            // The Retry-After reached the retry: the one wait before it is the server's second (the backoff alone is 10-20 ms).
            Assert.Equal(TimeSpan.FromSeconds(1), Assert.Single(clock.RequestedDelays));
        }

        [Fact]
        public async Task Http_429_with_retry_after_that_lasts_is_rate_limited_not_credits()
        {
            await using var s = await Start(false, configureClient: c => c.MaxRetries = 2);
            s.Fault(FaultKind.HttpStatus, 429, count: -1, retryAfterSeconds: 1);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.RateLimited, e.Kind);
            Assert.Equal(429, e.HttpStatus);
            Assert.Equal(TimeSpan.FromSeconds(1), e.RetryAfter);
            Assert.Equal(3, s.Requests(CreditPath));
            Assert.DoesNotContain("credits", e.Message, StringComparison.OrdinalIgnoreCase);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task Throttling_that_never_ends_is_rate_limited(bool asHttpStatus)
        {
            await using var s = await Start(asHttpStatus, configureClient: c => c.MaxRetries = 2);
            s.Fault(CodeFault(asHttpStatus), 430, count: -1);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.RateLimited, e.Kind);
            Assert.Equal(3, s.Requests(CreditPath));
        }

        [Theory]
        [InlineData(false, 400, SunoErrorKind.InvalidRequest)]
        [InlineData(true, 400, SunoErrorKind.InvalidRequest)]
        [InlineData(false, 413, SunoErrorKind.InvalidRequest)]
        [InlineData(true, 413, SunoErrorKind.InvalidRequest)]
        [InlineData(false, 401, SunoErrorKind.AuthenticationFailed)]
        [InlineData(true, 401, SunoErrorKind.AuthenticationFailed)]
        [InlineData(false, 501, SunoErrorKind.ServerError)]
        [InlineData(true, 501, SunoErrorKind.ServerError)]
        public async Task Request_errors_are_not_retried(bool asHttpStatus, int code, SunoErrorKind kind)
        {
            await using var s = await Start(asHttpStatus);
            s.Fault(CodeFault(asHttpStatus), code, count: -1);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetCreditsAsync());

            Assert.Equal(kind, e.Kind);
            Assert.Equal(code, e.ApiCode);
            Assert.Equal(1, s.Requests(CreditPath));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task An_unknown_task_is_task_not_found_with_the_id_as_target(bool asHttpStatus)
        {
            await using var s = await Start(asHttpStatus);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetTaskAsync("0123456789abcdef0123456789abcdef"));

            Assert.Equal(SunoErrorKind.TaskNotFound, e.Kind);
            Assert.Equal("0123456789abcdef0123456789abcdef", e.Target);
            Assert.Contains("0123456789abcdef0123456789abcdef", e.Message);
            Assert.Equal(1, s.Requests(RecordInfoPath));
        }

        [Fact]
        public async Task A_gateway_html_page_is_retried_for_reads()
        {
            await using var s = await Start(false, o => o.InitialCredits = 5);
            s.Fault(FaultKind.Html, 502, count: 2);

            Assert.Equal(5, await s.Client.GetCreditsAsync());
            Assert.Equal(3, s.Requests(CreditPath));
        }

        [Fact]
        public async Task A_gateway_html_page_that_stays_is_a_server_error_quoting_the_page()
        {
            await using var s = await Start(false, configureClient: c => c.MaxRetries = 1);
            s.Fault(FaultKind.Html, 502, count: -1);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.ServerError, e.Kind);
            Assert.Equal(502, e.HttpStatus);
            Assert.Contains("502", e.Message);
            Assert.Equal(2, s.Requests(CreditPath));
        }

        [Theory]
        [InlineData(503, SunoErrorKind.ServiceUnavailable)]
        [InlineData(504, SunoErrorKind.Timeout)]
        [InlineData(429, SunoErrorKind.RateLimited)] // HTTP-level 429 from a proxy, without the API's envelope
        [InlineData(408, SunoErrorKind.Timeout)]
        public async Task Proxy_statuses_without_an_envelope_are_retried_for_reads(int status, SunoErrorKind kind)
        {
            await using var s = await Start(false, configureClient: c => c.MaxRetries = 2);
            s.Fault(FaultKind.Html, status, count: -1);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetCreditsAsync());

            Assert.Equal(kind, e.Kind);
            Assert.Equal(3, s.Requests(CreditPath));
        }

        [Fact]
        public async Task Malformed_json_is_retried_for_reads()
        {
            await using var s = await Start(false, o => o.InitialCredits = 9);
            s.Fault(FaultKind.Malformed, count: 1);

            Assert.Equal(9, await s.Client.GetCreditsAsync());
            Assert.Equal(2, s.Requests(CreditPath));
        }

        [Fact]
        public async Task Malformed_json_that_stays_is_a_malformed_response()
        {
            await using var s = await Start(false, configureClient: c => c.MaxRetries = 2);
            s.Fault(FaultKind.Malformed, count: -1);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetTaskAsync("abc"));

            Assert.Equal(SunoErrorKind.MalformedResponse, e.Kind);
            Assert.Equal("abc", e.Target);
            Assert.Equal(3, s.Requests(RecordInfoPath));
        }

        [Fact]
        public async Task A_reset_connection_is_retried_for_reads()
        {
            await using var s = await Start(false, o => o.InitialCredits = 3);
            s.Fault(FaultKind.Reset, count: 2);

            Assert.Equal(3, await s.Client.GetCreditsAsync());
            Assert.Equal(3, s.Requests(CreditPath));
        }

        [Fact]
        public async Task A_connection_that_keeps_resetting_is_a_network_error()
        {
            await using var s = await Start(false, configureClient: c => c.MaxRetries = 1);
            s.Fault(FaultKind.Reset, count: -1);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.NetworkError, e.Kind);
            Assert.NotNull(e.InnerException);
            Assert.Equal(2, s.Requests(CreditPath));
            AssertNoKey(e);
        }

        [Fact]
        public async Task A_server_that_does_not_answer_in_time_is_a_timeout()
        {
            await using var s = await Start(false, configureClient: c =>
            {
                c.RequestTimeout = TimeSpan.FromMilliseconds(300);
                c.MaxRetries = 1;
            });
            s.Fault(FaultKind.Delay, count: -1, delayMs: 5000);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.Timeout, e.Kind);
            Assert.Equal(2, e.Attempts);
            Assert.Equal(2, s.Requests(CreditPath));
        }

        [Fact]
        public async Task A_slow_answer_within_the_timeout_is_fine()
        {
            await using var s = await Start(false, o => o.InitialCredits = 11);
            s.Fault(FaultKind.Delay, count: 1, delayMs: 200);

            Assert.Equal(11, await s.Client.GetCreditsAsync());
            Assert.Equal(1, s.Requests(CreditPath));
        }

        [Fact]
        public async Task Retry_after_is_honoured()
        {
            var clock = new ManualClock();
            await using var s = await Start(false, o => o.InitialCredits = 8, c =>
            {
                c.Clock = clock;
                c.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
                c.MaxRetryDelay = TimeSpan.FromSeconds(10);
            });
            s.Fault(FaultKind.HttpStatus, 430, count: 1, retryAfterSeconds: 1);

            var credits = s.Client.GetCreditsAsync();
            await clock.WhenPendingAsync();
            Assert.Equal(TimeSpan.FromSeconds(1), clock.NextDue);
            clock.Advance(TimeSpan.FromSeconds(0.99));
            Assert.Equal(1, clock.PendingCount); // the retry has not gone out before the server's Retry-After
            Assert.Equal(1, s.Requests(CreditPath));

            clock.Advance(TimeSpan.FromSeconds(0.01));
            Assert.Equal(8, await credits.WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.Equal(2, s.Requests(CreditPath));
        }

        [Fact]
        public async Task A_missing_key_sends_nothing()
        {
            await using var s = await Start(false, configureClient: c => c.ApiKeyProvider = () => null);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.ApiKeyMissing, e.Kind);
            Messages.AssertNamesNoCommand(e.Message); // the client knows no cmdlets; the module says how to set a key
            Assert.Equal(0, s.Emulator.State.Stats.ApiRequests);
        }

        [Fact]
        public async Task An_empty_key_counts_as_missing()
        {
            await using var s = await Start(false, configureClient: c => c.ApiKeyProvider = () => "");

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetTaskAsync("abc"));

            Assert.Equal(SunoErrorKind.ApiKeyMissing, e.Kind);
            Assert.Equal(0, s.Emulator.State.Stats.ApiRequests);
        }

        [Theory]
        [InlineData("\n", "control character")]
        [InlineData("\r\n", "control character")]
        [InlineData("\t", "control character")]
        [InlineData("é", "not ASCII")]
        [InlineData("\u00a0", "not ASCII")]
        [InlineData(" ", "space")]
        public async Task A_key_that_cannot_go_into_a_header_fails_at_once_and_sends_nothing(string inside, string problem)
        {
            var key = "sk-Hx4Jd9" + inside + "Pw2Qz7"; // built here: test names show their data, and a key must show nowhere
            await using var s = await Start(false, configureClient: c => c.ApiKeyProvider = () => key);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetTaskAsync("abc"));

            Assert.Equal(SunoErrorKind.AuthenticationFailed, e.Kind);
            Assert.Equal(1, e.Attempts);
            Assert.Null(e.InnerException);
            Assert.Contains(problem, e.Message);
            Assert.Contains(ApiKeyFormat.Rule, e.Message);
            Messages.AssertNamesNoCommand(e.Message);
            Assert.DoesNotContain("Hx4Jd9", e.ToString());
            Assert.DoesNotContain("Pw2Qz7", e.ToString());
            Assert.Equal(0, s.Emulator.State.Stats.ApiRequests);
        }

        [Fact]
        public async Task A_key_of_blanks_counts_as_missing()
        {
            await using var s = await Start(false, configureClient: c => c.ApiKeyProvider = () => "  \t ");

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.ApiKeyMissing, e.Kind);
            Assert.Equal(0, s.Emulator.State.Stats.ApiRequests);
        }

        [Fact]
        public async Task An_unreachable_host_is_a_network_error()
        {
            var port = FreePort();
            using var client = new SunoClient(new SunoClientOptions
            {
                BaseUri = new Uri("http://127.0.0.1:" + port + "/"),
                ApiKeyProvider = () => EmulatorSession.Key,
                MaxRetries = 1,
                RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            });

            var e = await Assert.ThrowsAsync<SunoException>(() => client.GetCreditsAsync());

            Assert.Equal(SunoErrorKind.NetworkError, e.Kind);
            Assert.Equal(2, e.Attempts);
            AssertNoKey(e);
        }

        [Fact]
        public async Task Cancellation_stops_a_retrying_read()
        {
            var clock = new ManualClock();
            await using var s = await Start(false, configureClient: c =>
            {
                c.Clock = clock;
                c.MaxRetries = 20;
                c.RetryBaseDelay = TimeSpan.FromMilliseconds(200);
                c.MaxRetryDelay = TimeSpan.FromSeconds(5);
            });
            s.Fault(FaultKind.BodyCode, 455, count: -1);
            using var cts = new System.Threading.CancellationTokenSource();

            var credits = s.Client.GetCreditsAsync(cts.Token);
            await clock.WhenPendingAsync(); // waiting before the first retry
            cts.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => credits.WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.Equal(1, s.Requests(CreditPath));
            Assert.Equal(0, clock.PendingCount);
        }

        private static int FreePort()
        {
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
