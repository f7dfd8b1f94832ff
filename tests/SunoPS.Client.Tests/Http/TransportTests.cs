using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Families;
using SunoPS.Client.Http;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using Xunit;

namespace SunoPS.Client.Tests.Http
{
    /// <summary>
    /// What the transport makes of each envelope, code and failure, with a fake server: recovery's status-in-code
    /// answers, the upload host's <c>success</c>, per-family code tables, 409, which POSTs may be repeated, where each
    /// call goes with the key, and when a failed submission may still have been accepted.
    /// </summary>
    public sealed class TransportTests
    {
        private static (SunoClient Client, FakeHandler Server) Client(Func<SeenRequest, HttpResponseMessage> answer,
            Action<SunoClientOptions>? configure = null)
        {
            var server = new FakeHandler(answer);
            return (new SunoClient(FakeHandler.Options(configure), server), server);
        }

        private static (ApiTransport Transport, FakeHandler Server) Transport(Func<SeenRequest, HttpResponseMessage> answer,
            Action<SunoClientOptions>? configure = null)
        {
            var server = new FakeHandler(answer);
            return (new ApiTransport(FakeHandler.Options(configure), server), server);
        }

        private static readonly SunoTaskReference Recovery = new SunoTaskReference("rec-1", SunoTaskFamily.Recovery);

        // --- Recovery: the answer's code is the task's status and the answer is the record ---

        [Fact]
        public async Task Recovery_code_201_with_no_data_is_a_running_task()
        {
            var (client, server) = Client(_ => FakeHandler.Json("{\"code\":201,\"msg\":\"running\",\"task_id\":\"rec-1\",\"data\":null}"));
            using (client)
            {
                var task = await client.GetTaskAsync(Recovery);

                Assert.Equal(SunoTaskFamily.Recovery, task.Family);
                Assert.Equal("rec-1", task.TaskId);
                Assert.Equal("201", task.ApiStatus);
                Assert.Equal(SunoTaskState.Running, task.State);
                Assert.Equal("GENERATING", task.Status);
                Assert.Contains("\"task_id\":\"rec-1\"", task.RawRecord);
            }

            var request = Assert.Single(server.Seen); // a record, not an error: not retried
            Assert.Equal("/api/v1/suno/recovery/record-info?task_id=rec-1", request.PathAndQuery);
            Assert.Equal(HttpMethod.Get, request.Method);
        }

        [Fact]
        public async Task Recovery_code_200_is_a_finished_task()
        {
            var (client, _) = Client(_ => FakeHandler.Json(
                "{\"code\":200,\"msg\":\"success\",\"task_id\":\"rec-1\",\"data\":[{\"id\":\"a\",\"audio_url\":\"https://x/a.m4a\",\"status\":\"success\",\"error\":\"\"}]}"));
            using (client)
            {
                var task = await client.GetTaskAsync(Recovery);

                Assert.True(task.IsCompleted);
                Assert.Equal("SUCCESS", task.Status);
            }
        }

        [Fact]
        public async Task Recovery_code_500_with_its_results_is_a_failed_task_not_an_error()
        {
            var (client, server) = Client(_ => FakeHandler.Json(
                "{\"code\":500,\"msg\":\"all failed\",\"task_id\":\"rec-1\",\"data\":[{\"id\":\"a\",\"audio_url\":\"\",\"status\":\"failed\",\"error\":\"clip_error\"}]}"));
            using (client)
            {
                var task = await client.GetTaskAsync(Recovery);

                Assert.True(task.IsFailed);
                Assert.Equal("RECOVERY_FAILED", task.Status);
                Assert.Equal("500", task.ApiStatus);
            }

            Assert.Single(server.Seen);
        }

        [Fact]
        public async Task Recovery_code_500_without_results_is_a_server_error()
        {
            var (client, server) = Client(_ => FakeHandler.Json("{\"code\":500,\"msg\":\"Server error\",\"task_id\":\"rec-1\",\"data\":null}"));
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.GetTaskAsync(Recovery));

                Assert.Equal(SunoErrorKind.ServerError, e.Kind);
                Assert.Equal(500, e.ApiCode);
                Assert.Equal("rec-1", e.Target);
                Assert.False(e.MayHaveBeenAccepted); // a read
            }

            Assert.Equal(3, server.Count); // a read: retried
        }

        [Fact]
        public async Task Recovery_errors_are_errors()
        {
            var (client, server) = Client(_ => FakeHandler.Json("{\"code\":404,\"msg\":\"not found\",\"task_id\":null,\"data\":null}"));
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.GetTaskAsync(Recovery));
                Assert.Equal(SunoErrorKind.TaskNotFound, e.Kind);
            }

            Assert.Single(server.Seen);
        }

        [Fact]
        public async Task Code_201_means_running_only_where_the_status_is_in_the_code()
        {
            var (client, server) = Client(_ => FakeHandler.Json("{\"code\":201,\"msg\":\"running\",\"data\":{\"taskId\":\"m\",\"status\":\"SUCCESS\"}}"));
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.GetTaskAsync("m"));
                Assert.Equal(SunoErrorKind.InvalidRequest, e.Kind);
                Assert.Equal(201, e.ApiCode);
            }

            Assert.Equal("/api/v1/generate/record-info?taskId=m", Assert.Single(server.Seen).PathAndQuery);
        }

        // --- The upload host's envelope ---

        private static ApiCall Upload(RecordEnvelope envelope = RecordEnvelope.Upload) =>
            new ApiCall(HttpMethod.Post, "api/file-base64-upload")
            {
                Origin = ApiOrigin.Upload,
                Envelope = envelope,
                SpendsCredits = false,
                JsonBody = Encoding.UTF8.GetBytes("{\"base64Data\":\"aGk=\",\"uploadPath\":\"tests\"}"),
            };

        [Fact]
        public async Task An_upload_that_says_success_false_is_not_a_success_even_with_code_200()
        {
            var (transport, server) = Transport(_ => FakeHandler.Json("{\"success\":false,\"code\":200,\"msg\":\"Internal server error\",\"data\":{\"downloadUrl\":\"https://x/f\"}}"));
            using (transport)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => transport.SendAsync(Upload(), CancellationToken.None));

                Assert.NotEqual(SunoErrorKind.MalformedResponse, e.Kind);
                Assert.Contains("Internal server error", e.Message);
                // The code is the one the host sent, and a refusal is not retried as if it were a 500.
                Assert.Equal(200, e.ApiCode);
                Assert.Equal(1, e.Attempts);
            }

            Assert.Single(server.Seen);
            Assert.All(server.Seen, r => Assert.Equal("upload.test", r.Uri.Host));
        }

        [Fact]
        public async Task An_upload_that_says_success_true_gives_its_data()
        {
            var (transport, _) = Transport(_ => FakeHandler.Json(
                "{\"success\":true,\"code\":200,\"msg\":\"File uploaded successfully\",\"data\":{\"downloadUrl\":\"https://tempfile.test/x.png\"}}"));
            using (transport)
            {
                var data = await transport.SendAsync(Upload(), CancellationToken.None);
                Assert.Equal("https://tempfile.test/x.png", data.GetProperty("downloadUrl").GetString());
            }
        }

        [Fact]
        public async Task The_success_field_counts_only_on_the_upload_envelope()
        {
            var (transport, _) = Transport(_ => FakeHandler.Json("{\"success\":false,\"code\":200,\"msg\":\"success\",\"data\":5}"));
            using (transport)
            {
                var data = await transport.SendAsync(Upload(RecordEnvelope.Standard), CancellationToken.None);
                Assert.Equal(5, data.GetInt32());
            }
        }

        [Theory]
        [InlineData(HttpStatusCode.BadRequest, 400, SunoErrorKind.InvalidRequest)]
        [InlineData(HttpStatusCode.Unauthorized, 401, SunoErrorKind.AuthenticationFailed)]
        [InlineData(HttpStatusCode.OK, 401, SunoErrorKind.AuthenticationFailed)]
        public async Task Upload_errors_are_read_from_their_code(HttpStatusCode status, int code, SunoErrorKind kind)
        {
            var (transport, server) = Transport(_ => FakeHandler.Json("{\"success\":false,\"code\":" + code + ",\"msg\":\"Missing required parameter: uploadPath\"}", status));
            using (transport)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => transport.SendAsync(Upload(), CancellationToken.None));
                Assert.Equal(kind, e.Kind);
                Assert.Equal(code, e.ApiCode);
            }

            Assert.Single(server.Seen);
        }

        // --- A family's own code table ---

        private static readonly SunoTaskReference CoverArt = new SunoTaskReference("cover-1", SunoTaskFamily.CoverArt);

        [Fact]
        public async Task Cover_art_code_429_is_rate_limiting_retried_for_reads()
        {
            var clock = new ManualClock();
            var (client, server) = Client(_ => FakeHandler.Envelope(429, msg: "Too many requests"), o => o.Clock = clock);
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => clock.DriveAsync(client.GetTaskAsync(CoverArt)));

                Assert.Equal(SunoErrorKind.RateLimited, e.Kind);
                Assert.Equal(429, e.ApiCode);
                Assert.Equal(3, e.Attempts);
                // Code 429 in an HTTP 200 keeps the server's own text (only a real HTTP 429 is described by its status).
                Assert.Contains("Too many requests", e.Message);
                // The session's read pacer heard it too.
                Assert.False(double.IsPositiveInfinity(client.ReadPacer.CurrentRate));
            }

            Assert.Equal(3, server.Count);
            Assert.All(server.Seen, r => Assert.Equal("/api/v1/suno/cover/record-info?taskId=cover-1", r.PathAndQuery));
        }

        [Fact]
        public async Task Cover_art_code_402_is_insufficient_credits_and_never_retried()
        {
            var (client, server) = Client(_ => FakeHandler.Envelope(402, msg: "Insufficient credits"));
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.GetTaskAsync(CoverArt));
                Assert.Equal(SunoErrorKind.InsufficientCredits, e.Kind);
            }

            Assert.Single(server.Seen);
        }

        [Fact]
        public async Task Elsewhere_code_429_is_insufficient_credits_as_the_global_table_says()
        {
            var (client, server) = Client(_ => FakeHandler.Envelope(429, msg: "Insufficient credits"));
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.GetTaskAsync("m"));
                Assert.Equal(SunoErrorKind.InsufficientCredits, e.Kind);
            }

            Assert.Single(server.Seen);
        }

        [Fact]
        public async Task A_code_override_that_proves_nothing_was_accepted_lets_a_submission_be_repeated()
        {
            var calls = 0;
            var (transport, server) = Transport(_ => Interlocked.Increment(ref calls) < 3
                ? FakeHandler.Envelope(429, msg: "Rate limited")
                : FakeHandler.Envelope(200, "{\"taskId\":\"c1\"}"));
            using (transport)
            {
                var data = await transport.SendAsync(new ApiCall(HttpMethod.Post, "api/v1/suno/cover/generate")
                {
                    JsonBody = Encoding.UTF8.GetBytes("{\"taskId\":\"m\"}"),
                    CodeOverrides = ApiCodeMap.CreditsAs402RateLimitAs429,
                }, CancellationToken.None);

                Assert.Equal("c1", data.GetProperty("taskId").GetString());
            }

            Assert.Equal(3, server.Count);
        }

        // --- 409 ---

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task Code_409_is_already_exists_and_never_retried(bool asHttpStatus)
        {
            var (client, server) = Client(_ => asHttpStatus
                ? new HttpResponseMessage(HttpStatusCode.Conflict) { Content = new StringContent("<html>409</html>", Encoding.UTF8, "text/html") }
                : FakeHandler.Envelope(409, msg: "Conflict - WAV record already exists"));
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.SubmitAsync(new ConvertToWavRequest { TaskId = "m", AudioId = "a" }));

                Assert.Equal(SunoErrorKind.AlreadyExists, e.Kind);
                Assert.Equal(409, e.ApiCode);
                Assert.False(e.MayHaveBeenAccepted); // the server answered: it has it already
                Assert.DoesNotContain("may still have been accepted", e.Message);
            }

            Assert.Single(server.Seen);
        }

        [Fact]
        public async Task Code_409_on_a_read_is_not_retried_either()
        {
            var (client, server) = Client(_ => FakeHandler.Envelope(409, msg: "Conflict"));
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.GetCreditsAsync());
                Assert.Equal(SunoErrorKind.AlreadyExists, e.Kind);
            }

            Assert.Single(server.Seen);
        }

        // --- Which POSTs may be repeated ---

        [Fact]
        public void Posts_spend_credits_by_default_and_gets_do_not()
        {
            Assert.True(new ApiCall(HttpMethod.Post, "x").SpendsCredits);
            Assert.False(new ApiCall(HttpMethod.Get, "x").SpendsCredits);
        }

        [Theory]
        [InlineData(false, 3)]
        [InlineData(true, 1)]
        public async Task A_post_that_spends_no_credits_is_retried_like_a_read(bool spendsCredits, int requests)
        {
            var calls = 0;
            var (transport, server) = Transport(_ => Interlocked.Increment(ref calls) < 3
                ? FakeHandler.Envelope(500, msg: "Server error")
                : FakeHandler.Envelope(200, "{\"alignedWords\":[]}"));
            var call = new ApiCall(HttpMethod.Post, "api/v1/generate/get-timestamped-lyrics")
            {
                JsonBody = Encoding.UTF8.GetBytes("{\"audioId\":\"a\",\"taskId\":\"t\"}"),
                SpendsCredits = spendsCredits,
            };
            using (transport)
            {
                if (spendsCredits)
                {
                    var e = await Assert.ThrowsAsync<SunoException>(() => transport.SendAsync(call, CancellationToken.None));
                    Assert.True(e.MayHaveBeenAccepted);
                }
                else
                {
                    var data = await transport.SendAsync(call, CancellationToken.None);
                    Assert.Equal(JsonValueKind.Array, data.GetProperty("alignedWords").ValueKind);
                }
            }

            Assert.Equal(requests, server.Count);
            Assert.All(server.Seen, r => Assert.Equal("{\"audioId\":\"a\",\"taskId\":\"t\"}", r.Body)); // the same body each time
        }

        [Fact]
        public async Task A_post_that_spends_no_credits_never_may_have_been_accepted()
        {
            var (transport, _) = Transport(_ => throw FakeHandler.TimedOut(), o => o.MaxRetries = 0);
            using (transport)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => transport.SendAsync(
                    new ApiCall(HttpMethod.Post, "api/v1/style/generate") { SpendsCredits = false, JsonBody = new byte[] { (byte)'{', (byte)'}' } },
                    CancellationToken.None));

                Assert.Equal(SunoErrorKind.Timeout, e.Kind);
                Assert.False(e.MayHaveBeenAccepted);
                Assert.DoesNotContain("may still have been accepted", e.Message);
            }
        }

        // --- Where each call goes, with the key ---

        [Theory]
        [InlineData(false, "http://api.test/api/v1/x?y=1")]
        [InlineData(true, "http://upload.test/api/v1/x?y=1")]
        public async Task Each_call_goes_to_its_origin_with_the_key(bool toUploadHost, string expected)
        {
            var origin = toUploadHost ? ApiOrigin.Upload : ApiOrigin.Api;
            var (transport, server) = Transport(_ => FakeHandler.Envelope(200, "1"));
            using (transport)
            {
                await transport.SendAsync(new ApiCall(HttpMethod.Get, "api/v1/x?y=1") { Origin = origin }, CancellationToken.None);
            }

            var request = Assert.Single(server.Seen);
            Assert.Equal(expected, request.Uri.AbsoluteUri);
            Assert.Equal("Bearer " + FakeHandler.Key, request.Authorization);
        }

        [Fact]
        public async Task An_upload_base_behind_a_gateway_keeps_its_path()
        {
            var (transport, server) = Transport(_ => FakeHandler.Json("{\"success\":true,\"code\":200,\"msg\":\"ok\",\"data\":{}}"),
                o => o.UploadBaseUri = new Uri("http://gateway.test/upload"));
            using (transport) await transport.SendAsync(Upload(), CancellationToken.None);

            Assert.Equal("http://gateway.test/upload/api/file-base64-upload", Assert.Single(server.Seen).Uri.AbsoluteUri);
        }

        [Fact]
        public async Task A_network_error_names_the_host_the_call_went_to()
        {
            var (transport, _) = Transport(_ => throw FakeHandler.Refused(), o => o.MaxRetries = 0);
            using (transport)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => transport.SendAsync(Upload(), CancellationToken.None));

                Assert.Equal(SunoErrorKind.NetworkError, e.Kind);
                Assert.Contains("upload.test", e.Message);
                Assert.DoesNotContain("api.test", e.Message);
                Assert.DoesNotContain(FakeHandler.Key, e.ToString());
            }
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task A_redirect_is_never_followed_from_either_origin(bool fromUploadHost)
        {
            var origin = fromUploadHost ? ApiOrigin.Upload : ApiOrigin.Api;
            // Two real local servers: the origin answers 302 towards the other, which must never be asked.
            using var elsewhere = new LocalServer(_ => (200, "{\"code\":200,\"msg\":\"success\",\"data\":1}", null));
            using var redirecting = new LocalServer(_ => (302, "", elsewhere.Uri + "steal"));
            using var transport = new ApiTransport(new SunoClientOptions
            {
                BaseUri = origin == ApiOrigin.Api ? redirecting.Uri : new Uri("http://127.0.0.1:1/"),
                UploadBaseUri = origin == ApiOrigin.Upload ? redirecting.Uri : new Uri("http://127.0.0.1:1/"),
                ApiKeyProvider = () => FakeHandler.Key,
                MaxRetries = 0,
            }); // the real handler, as a session has

            var e = await Assert.ThrowsAsync<SunoException>(() =>
                transport.SendAsync(new ApiCall(HttpMethod.Get, "api/v1/generate/credit") { Origin = origin }, CancellationToken.None));

            Assert.Equal(SunoErrorKind.InvalidRequest, e.Kind);
            Assert.Equal(302, e.HttpStatus);
            Assert.Equal(1, redirecting.Requests);
            Assert.Equal("Bearer " + FakeHandler.Key, redirecting.LastAuthorization);
            Assert.Equal(0, elsewhere.Requests);
        }

        // --- When a failed submission may still have been accepted ---

        private static Task<SunoTask> Submit(SunoClient client) => client.SubmitAsync(new GenerateMusicRequest { Prompt = "A calm piano track" });

        [Fact]
        public async Task A_submission_that_times_out_may_have_been_accepted_and_is_not_repeated()
        {
            var (client, server) = Client(_ => throw FakeHandler.TimedOut());
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => Submit(client));

                Assert.Equal(SunoErrorKind.SubmissionOutcomeUnknown, e.Kind);
                Assert.Equal(SunoErrorKind.Timeout, ((SunoException)e.InnerException!).Kind);
                Assert.True(e.MayHaveBeenAccepted);
                Assert.Contains("may still have been accepted", e.Message);
            }

            Assert.Single(server.Seen);
        }

        [Theory]
        [InlineData(500, false, SunoErrorKind.ServerError)]
        [InlineData(500, true, SunoErrorKind.ServerError)]
        [InlineData(502, true, SunoErrorKind.ServerError)]
        [InlineData(503, false, SunoErrorKind.ServiceUnavailable)]
        [InlineData(504, true, SunoErrorKind.Timeout)]
        public async Task A_submission_answered_with_a_server_error_may_have_been_accepted(int code, bool asHttpStatus, SunoErrorKind kind)
        {
            var (client, server) = Client(_ => asHttpStatus
                ? new HttpResponseMessage((HttpStatusCode)code) { Content = new StringContent("<html>gateway</html>", Encoding.UTF8, "text/html") }
                : FakeHandler.Envelope(code, msg: "Server error"));
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => Submit(client));

                Assert.Equal(SunoErrorKind.SubmissionOutcomeUnknown, e.Kind);
                Assert.Equal(kind, ((SunoException)e.InnerException!).Kind);
                Assert.True(e.MayHaveBeenAccepted);
            }

            Assert.Single(server.Seen);
        }

        [Fact]
        public async Task A_submission_whose_connection_dropped_may_have_been_accepted()
        {
            var (client, server) = Client(_ => throw FakeHandler.Reset());
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => Submit(client));

                Assert.Equal(SunoErrorKind.SubmissionOutcomeUnknown, e.Kind);
                Assert.Equal(SunoErrorKind.NetworkError, ((SunoException)e.InnerException!).Kind);
                Assert.True(e.MayHaveBeenAccepted);
            }

            Assert.Single(server.Seen);
        }

        [Fact]
        public async Task A_refused_connection_was_not_accepted_and_is_retried()
        {
            var (client, server) = Client(_ => throw FakeHandler.Refused());
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => Submit(client));

                Assert.Equal(SunoErrorKind.NetworkError, e.Kind);
                Assert.False(e.MayHaveBeenAccepted);
                Assert.DoesNotContain("may still have been accepted", e.Message);
                Assert.Equal(3, e.Attempts);
            }

            Assert.Equal(3, server.Count);
        }

        [Theory]
        [InlineData(455, SunoErrorKind.ServiceUnavailable)]
        [InlineData(430, SunoErrorKind.RateLimited)]
        [InlineData(405, SunoErrorKind.RateLimited)]
        public async Task A_submission_refused_for_maintenance_or_throttling_was_not_accepted(int code, SunoErrorKind kind)
        {
            var (client, server) = Client(_ => FakeHandler.Envelope(code, msg: "busy"));
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => Submit(client));

                Assert.Equal(kind, e.Kind);
                Assert.False(e.MayHaveBeenAccepted);
            }

            Assert.Equal(3, server.Count); // nothing was accepted, so it was safe to try again
        }

        [Theory]
        [InlineData(400, SunoErrorKind.InvalidRequest)]
        [InlineData(401, SunoErrorKind.AuthenticationFailed)]
        [InlineData(429, SunoErrorKind.InsufficientCredits)]
        public async Task A_submission_the_api_refused_was_not_accepted(int code, SunoErrorKind kind)
        {
            var (client, server) = Client(_ => FakeHandler.Envelope(code, msg: "no"));
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => Submit(client));

                Assert.Equal(kind, e.Kind);
                Assert.False(e.MayHaveBeenAccepted);
            }

            Assert.Single(server.Seen);
        }

        [Fact]
        public async Task An_accepted_submission_without_a_task_id_may_have_been_accepted()
        {
            var (client, _) = Client(_ => FakeHandler.Envelope(200, "{}"));
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => Submit(client));

                Assert.Equal(SunoErrorKind.SubmissionOutcomeUnknown, e.Kind);
                Assert.True(e.MayHaveBeenAccepted);
            }
        }

        [Fact]
        public async Task A_read_that_times_out_never_may_have_been_accepted()
        {
            var (client, server) = Client(_ => throw FakeHandler.TimedOut());
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.GetTaskAsync("m"));

                Assert.Equal(SunoErrorKind.Timeout, e.Kind);
                Assert.False(e.MayHaveBeenAccepted);
            }

            Assert.Equal(3, server.Count);
        }
    }
}
