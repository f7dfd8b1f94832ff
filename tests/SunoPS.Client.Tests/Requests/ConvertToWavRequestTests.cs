using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using Xunit;

namespace SunoPS.Client.Tests.Requests
{
    /// <summary>POST /api/v1/wav/generate (suno-api.md §4.16): its rules, its exact body, and the pending task it gives.</summary>
    public sealed class ConvertToWavRequestTests
    {
        private static ConvertToWavRequest Valid() => new ConvertToWavRequest { TaskId = "5c79be8e", AudioId = "e231-8cadc7dc" };

        [Fact]
        public void A_task_and_a_track_make_a_valid_request()
        {
            Assert.Empty(Valid().Validate());
            Assert.Equal(SunoTaskFamily.Wav, Valid().Family);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("  ")]
        public void The_task_id_is_required(string? taskId)
        {
            var request = Valid();
            request.TaskId = taskId;

            var problem = Assert.Single(request.Validate());

            Assert.Equal("taskId", problem.Field);
            Assert.Equal(SunoProblemRule.Required, problem.Rule);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("\t")]
        public void The_audio_id_is_required(string? audioId)
        {
            var request = Valid();
            request.AudioId = audioId;

            var problem = Assert.Single(request.Validate());

            Assert.Equal("audioId", problem.Field);
            Assert.Equal(SunoProblemRule.Required, problem.Rule);
        }

        [Fact]
        public void Every_problem_is_reported_at_once()
        {
            var problems = new ConvertToWavRequest { CallbackUrl = "ftp://x/hook" }.Validate();

            Assert.Equal(new[] { "audioId", "callBackUrl", "taskId" }, problems.Select(p => p.Field).OrderBy(f => f, System.StringComparer.Ordinal));
        }

        [Theory]
        [InlineData("https://hooks.example.org/wav", true)]
        [InlineData("http://127.0.0.1:8080/wav", true)]
        [InlineData("ftp://example.org/wav", false)]
        [InlineData("/relative/wav", false)]
        [InlineData("not a url", false)]
        public void The_callback_must_be_an_absolute_http_url(string url, bool valid)
        {
            var request = Valid();
            request.CallbackUrl = url;

            var problems = request.Validate();

            Assert.Equal(valid, problems.Count == 0);
            if (valid) return;
            var problem = Assert.Single(problems);
            Assert.Equal("callBackUrl", problem.Field);
            Assert.Equal(SunoProblemRule.NotHttpUrl, problem.Rule);
            Assert.Equal(url, problem.Value);
        }

        private static (SunoClient Client, FakeHandler Server) Client() =>
            FakeClient(() => FakeHandler.Envelope(200, "{\"taskId\":\"wav-task-1\"}"));

        private static (SunoClient Client, FakeHandler Server) FakeClient(System.Func<System.Net.Http.HttpResponseMessage> answer)
        {
            var server = new FakeHandler(_ => answer());
            return (new SunoClient(FakeHandler.Options(), server), server);
        }

        [Fact]
        public async Task The_body_is_exactly_taskId_audioId_and_callBackUrl()
        {
            var (client, server) = Client();
            using (client)
            {
                await client.SubmitAsync(new ConvertToWavRequest
                {
                    TaskId = " 5c79be8e ", AudioId = "e231-8cadc7dc\t", CallbackUrl = "https://hooks.example.org/wav", SourceTitle = "Night Walk",
                });
            }

            var request = Assert.Single(server.Seen);
            Assert.Equal("POST", request.Method.Method);
            Assert.Equal("http://api.test/api/v1/wav/generate", request.Uri.AbsoluteUri);
            Assert.Equal("application/json", request.ContentType);
            // Trimmed ids, the API's capital B, nothing else (the title is the module's, not the API's).
            Assert.Equal("{\"audioId\":\"e231-8cadc7dc\",\"callBackUrl\":\"https://hooks.example.org/wav\",\"taskId\":\"5c79be8e\"}", request.Body);
        }

        [Fact]
        public async Task Without_a_callback_the_placeholder_is_sent()
        {
            var (client, server) = Client();
            using (client) await client.SubmitAsync(Valid());

            using var body = JsonDocument.Parse(Assert.Single(server.Seen).Body);
            Assert.Equal(SunoClient.PlaceholderCallbackUrl, body.RootElement.GetProperty("callBackUrl").GetString());
            Assert.Equal(3, body.RootElement.EnumerateObject().Count());
        }

        [Fact]
        public async Task Submitting_gives_the_pending_wav_task_with_its_reference()
        {
            var (client, _) = Client();
            SunoTask task;
            using (client)
            {
                var request = Valid();
                request.SourceTitle = "Night Walk";
                task = await client.SubmitAsync(request);
            }

            Assert.Equal("wav-task-1", task.TaskId);
            Assert.Equal(SunoTaskFamily.Wav, task.Family);
            Assert.Equal(new SunoTaskReference("wav-task-1", SunoTaskFamily.Wav), task.Reference);
            Assert.Equal(SunoTaskState.Pending, task.State);
            Assert.Equal("PENDING", task.Status);
            Assert.False(task.IsCompleted);
            Assert.Equal("e231-8cadc7dc", task.SourceAudioId);
            Assert.Equal("Night Walk", task.Title);
            Assert.Equal("5c79be8e", task.Parameters["taskId"]);
            Assert.Equal(SunoClient.PlaceholderCallbackUrl, task.Parameters["callBackUrl"]);
            Assert.Empty(task.Outputs);
        }

        [Fact]
        public async Task A_task_id_in_snake_case_is_accepted()
        {
            var (client, _) = FakeClient(() => FakeHandler.Envelope(200, "{\"task_id\":\"wav-2\"}"));
            using (client) Assert.Equal("wav-2", (await client.SubmitAsync(Valid())).TaskId);
        }

        [Fact]
        public async Task An_invalid_request_is_refused_before_anything_is_sent()
        {
            var (client, server) = Client();
            using (client)
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.SubmitAsync(new ConvertToWavRequest { TaskId = "t" }));

                Assert.Equal(SunoErrorKind.InvalidRequest, e.Kind);
                Assert.Equal("audioId", Assert.Single(e.Problems).Field);
                Assert.False(e.MayHaveBeenAccepted);
            }

            Assert.Empty(server.Seen);
        }
    }
}
