using System;
using System.Linq;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using SunoPS.Emulator;
using Xunit;
using static SunoPS.Client.Tests.Support.EmulatorSessionExtensions;

namespace SunoPS.Client.Tests.Http
{
    /// <summary>POST /generate spends credits: it is repeated only when the server certainly did not accept it.</summary>
    public sealed class SubmissionTests
    {
        [Fact]
        public async Task A_simple_submission_returns_the_new_task_id()
        {
            await using var s = await EmulatorSession.StartAsync(o => o.InitialCredits = 100);

            var id = await s.Client.GenerateMusicAsync(SimpleRequest());

            Assert.False(string.IsNullOrWhiteSpace(id));
            Assert.Equal(1, s.Emulator.State.TaskCount);
            Assert.Equal(100 - s.Emulator.State.CreditsPerGeneration, s.Emulator.State.Credits);
            var task = await s.Client.GetTaskAsync(id);
            Assert.Equal(id, task.TaskId);
            Assert.Equal("A calm piano track", task.Prompt);
            Assert.False(task.CustomMode);
            Assert.Equal(SunoModelCatalog.DefaultModel, task.Model);
            // Without a callback the documented placeholder is sent: the API requires one.
            Assert.Equal(SunoClient.PlaceholderCallbackUrl, task.Parameters["callBackUrl"]);
        }

        [Fact]
        public async Task A_custom_submission_sends_every_field()
        {
            await using var s = await EmulatorSession.StartAsync();
            var request = new GenerateMusicRequest
            {
                CustomMode = true, Model = "V4_5PLUS", Style = "Jazz, brushes", Title = "Night Walk", Prompt = "[Verse]\nStreetlights hum",
                NegativeTags = "Heavy Metal", VocalGender = "f", StyleWeight = 0.65, WeirdnessConstraint = 0.2, AudioWeight = 0.5,
                PersonaId = "persona_1", PersonaModel = "style_persona", CallbackUrl = "https://hooks.example.org/suno",
            };

            var task = await s.Client.GetTaskAsync(await s.Client.GenerateMusicAsync(request));

            Assert.True(task.CustomMode);
            Assert.False(task.Instrumental);
            Assert.Equal("V4_5PLUS", task.Model);
            Assert.Equal("Jazz, brushes", task.Style);
            Assert.Equal("Night Walk", task.Title);
            Assert.Equal("[Verse]\nStreetlights hum", task.Prompt);
            Assert.Equal("Heavy Metal", task.Parameters["negativeTags"]);
            Assert.Equal("f", task.Parameters["vocalGender"]);
            Assert.Equal(0.65, task.Parameters["styleWeight"]);
            Assert.Equal(0.2, task.Parameters["weirdnessConstraint"]);
            Assert.Equal(0.5, task.Parameters["audioWeight"]);
            Assert.Equal("persona_1", task.Parameters["personaId"]);
            Assert.Equal("https://hooks.example.org/suno", task.Parameters["callBackUrl"]);
        }

        [Fact]
        public async Task A_custom_instrumental_needs_no_lyrics()
        {
            await using var s = await EmulatorSession.StartAsync();
            var request = new GenerateMusicRequest { CustomMode = true, Instrumental = true, Style = "Ambient", Title = "Drift" };

            var task = await s.Client.GetTaskAsync(await s.Client.GenerateMusicAsync(request));

            Assert.True(task.Instrumental);
            Assert.False(task.Parameters.ContainsKey("prompt"));
        }

        [Fact]
        public async Task An_invalid_request_is_refused_before_anything_is_sent()
        {
            await using var s = await EmulatorSession.StartAsync();

            var e = await Assert.ThrowsAsync<SunoException>(() =>
                s.Client.GenerateMusicAsync(new GenerateMusicRequest { CustomMode = true, Prompt = "words" }));

            Assert.Equal(SunoErrorKind.InvalidRequest, e.Kind);
            Assert.Equal(0, s.Emulator.State.Stats.ApiRequests);
        }

        [Theory]
        [InlineData(FaultKind.BodyCode, 430)]
        [InlineData(FaultKind.HttpStatus, 430)]
        [InlineData(FaultKind.BodyCode, 405)]
        [InlineData(FaultKind.BodyCode, 455)]
        [InlineData(FaultKind.HttpStatus, 455)]
        public async Task Throttling_and_maintenance_are_retried_because_nothing_was_accepted(FaultKind kind, int code)
        {
            await using var s = await EmulatorSession.StartAsync();
            s.Fault(kind, code, count: 2, path: GeneratePath);

            var id = await s.Client.GenerateMusicAsync(SimpleRequest());

            Assert.Equal(3, s.Requests(GeneratePath));
            Assert.Equal(1, s.Emulator.State.TaskCount);
            Assert.Equal(id, (await s.Client.GetTaskAsync(id)).TaskId);
        }

        [Fact]
        public async Task Http_429_with_retry_after_is_retried_because_nothing_was_accepted()
        {
            await using var s = await EmulatorSession.StartAsync();
            s.Fault(FaultKind.HttpStatus, 429, count: 2, path: GeneratePath, retryAfterSeconds: 1);

            var id = await s.Client.GenerateMusicAsync(SimpleRequest());

            Assert.Equal(3, s.Requests(GeneratePath));
            Assert.Equal(1, s.Emulator.State.TaskCount);
            Assert.Equal(id, (await s.Client.GetTaskAsync(id)).TaskId);
        }

        [Theory]
        [InlineData(FaultKind.BodyCode, 500, SunoErrorKind.ServerError)]
        [InlineData(FaultKind.HttpStatus, 500, SunoErrorKind.ServerError)]
        [InlineData(FaultKind.Html, 502, SunoErrorKind.ServerError)]
        [InlineData(FaultKind.Html, 504, SunoErrorKind.Timeout)]
        [InlineData(FaultKind.HttpStatus, 504, SunoErrorKind.Timeout)]
        [InlineData(FaultKind.BodyCode, 408, SunoErrorKind.Timeout)]
        [InlineData(FaultKind.BodyCode, 503, SunoErrorKind.ServiceUnavailable)]
        [InlineData(FaultKind.HttpStatus, 503, SunoErrorKind.ServiceUnavailable)]
        [InlineData(FaultKind.Html, 503, SunoErrorKind.ServiceUnavailable)]
        [InlineData(FaultKind.Reset, 0, SunoErrorKind.NetworkError)]
        [InlineData(FaultKind.Malformed, 0, SunoErrorKind.MalformedResponse)]
        public async Task Answers_that_may_hide_an_accepted_submission_are_not_retried(FaultKind kind, int code, SunoErrorKind expected)
        {
            await using var s = await EmulatorSession.StartAsync();
            s.Fault(kind, code, count: -1, path: GeneratePath);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GenerateMusicAsync(SimpleRequest()));

            Assert.Equal(SunoErrorKind.SubmissionOutcomeUnknown, e.Kind);
            Assert.Equal(expected, ((SunoException)e.InnerException!).Kind);
            Assert.Equal(1, s.Requests(GeneratePath));
            Assert.Equal(1, e.Attempts);
            Assert.True(e.MayHaveBeenAccepted);
            Assert.Contains("may still have been accepted", e.Message);
        }

        [Fact]
        public async Task A_submission_that_times_out_is_not_repeated_and_says_to_check()
        {
            await using var s = await EmulatorSession.StartAsync(configureClient: c => c.RequestTimeout = TimeSpan.FromMilliseconds(300));
            s.Fault(FaultKind.Delay, count: 1, path: GeneratePath, delayMs: 3000);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GenerateMusicAsync(SimpleRequest()));

            Assert.Equal(SunoErrorKind.SubmissionOutcomeUnknown, e.Kind);
            Assert.Equal(SunoErrorKind.Timeout, ((SunoException)e.InnerException!).Kind);
            Assert.True(e.MayHaveBeenAccepted);
            Assert.Contains("may still have been accepted", e.Message);
            Messages.AssertNamesNoCommand(e.Message); // the module, not the client, says how to check
            Assert.Equal(1, s.Requests(GeneratePath));
        }

        [Fact]
        public async Task A_refused_connection_is_retried_because_nothing_reached_the_server()
        {
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            using var client = new SunoClient(new SunoClientOptions
            {
                BaseUri = new Uri("http://127.0.0.1:" + port + "/"),
                ApiKeyProvider = () => EmulatorSession.Key,
                MaxRetries = 2,
                RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            });

            var e = await Assert.ThrowsAsync<SunoException>(() => client.GenerateMusicAsync(SimpleRequest()));

            Assert.Equal(SunoErrorKind.NetworkError, e.Kind);
            Assert.Equal(3, e.Attempts);
            Assert.False(e.MayHaveBeenAccepted);
            Assert.DoesNotContain("may still have been accepted", e.Message);
        }

        [Fact]
        public async Task Insufficient_credits_stop_a_batch_without_retrying()
        {
            await using var s = await EmulatorSession.StartAsync(o =>
            {
                o.InitialCredits = 24;
                o.CreditsPerGeneration = 12;
            });

            await s.Client.GenerateMusicAsync(SimpleRequest());
            await s.Client.GenerateMusicAsync(SimpleRequest());
            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GenerateMusicAsync(SimpleRequest()));

            Assert.Equal(SunoErrorKind.InsufficientCredits, e.Kind);
            Assert.False(e.MayHaveBeenAccepted); // the server said no
            Assert.DoesNotContain("may still have been accepted", e.Message);
            Assert.Equal(3, s.Requests(GeneratePath));
            Assert.Equal(2, s.Emulator.State.TaskCount);
        }

        [Fact]
        public async Task Server_side_validation_errors_are_invalid_requests()
        {
            // A model the client does not know is passed on; the emulator refuses it like the API would.
            await using var s = await EmulatorSession.StartAsync();

            var e = await Assert.ThrowsAsync<SunoException>(() =>
                s.Client.GenerateMusicAsync(new GenerateMusicRequest { Prompt = "x", Model = "V0_UNKNOWN" }));

            Assert.Equal(SunoErrorKind.InvalidRequest, e.Kind);
            Assert.Equal(1, s.Requests(GeneratePath));
        }

        [Fact]
        public async Task The_submitted_task_object_matches_what_the_api_echoes()
        {
            await using var s = await EmulatorSession.StartAsync();
            var request = new GenerateMusicRequest { CustomMode = true, Style = "Folk", Title = "Home", Prompt = "la", Model = "V5" };

            var id = await s.Client.GenerateMusicAsync(request);
            var local = SubmittedTask.From(id, request);
            var remote = await s.Client.GetTaskAsync(id);

            Assert.Equal(remote.TaskId, local.TaskId);
            Assert.Equal("PENDING", local.Status);
            Assert.Equal(remote.Style, local.Style);
            Assert.Equal(remote.Title, local.Title);
            Assert.Equal(remote.Model, local.Model);
            Assert.Equal(remote.CustomMode, local.CustomMode);
            Assert.Equal(remote.Parameters.Keys.OrderBy(k => k), local.Parameters.Keys.OrderBy(k => k));
        }
    }
}
