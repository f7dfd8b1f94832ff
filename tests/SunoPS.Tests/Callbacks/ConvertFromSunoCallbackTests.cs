using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using SunoPS.Emulator;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Callbacks
{
    /// <summary>ConvertFrom-SunoCallback in a hosted runspace: every input form a runbook has, the errors, and the pipeline on.</summary>
    public sealed class ConvertFromSunoCallbackTests : CmdletTest, IDisposable
    {
        private const string Complete = """{"code":200,"msg":"All generated successfully.","data":{"callbackType":"complete","task_id":"2fac****9f72","data":[{"id":"8551****662c","audio_url":"https://example.cn/****.mp3","source_audio_url":"https://example.cn/****.mp3","stream_audio_url":"https://example.cn/****","source_stream_audio_url":"https://example.cn/****","image_url":"https://example.cn/****.jpeg","source_image_url":"https://example.cn/****.jpeg","prompt":"[Verse] Night city lights shining bright","model_name":"chirp-v3-5","title":"Iron Man","tags":"electrifying, rock","createTime":"2025-01-01 00:00:00","duration":198.44}]}}""";
        private const string WavDone = """{"code":200,"msg":"success","data":{"audioWavUrl":"https://example.com/s/04e6****e727.wav","task_id":"988e****c8d3"}}""";
        private const string ErrorId = "SunoCallbackInvalid,SunoPS.Cmdlets.ConvertFromSunoCallbackCommand";

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "SunoPS.Callbacks-" + Guid.NewGuid().ToString("N"));
        private readonly WebhookReceiver _hook = new WebhookReceiver();

        protected override void Configure(EmulatorOptions options)
        {
            options.ClockSpeed = 0.0001; // the test moves the clock
            options.DefaultTrackSeconds = 2;
        }

        private static SunoTask Single(ScriptRun run) => Assert.Single(run.AssertClean().OutputOf<SunoTask>());

        [Fact]
        public void A_json_string_becomes_the_task_of_its_family()
        {
            var task = Single(Run("$body | ConvertFrom-SunoCallback", Vars(("body", Complete))));

            Assert.Equal((SunoTaskFamily.Music, "2fac****9f72", "SUCCESS", SunoTaskState.Succeeded), (task.Family, task.TaskId, task.Status, task.State));
            Assert.Equal("Iron Man", Assert.Single(task.Tracks).Title);
        }

        [Fact]
        public void Lines_piped_one_by_one_are_one_body()
        {
            var lines = "{\n  \"code\": 200,\n  \"msg\": \"success\",\n  \"data\": {\"audioWavUrl\": \"https://example.com/a.wav\",\n \"task_id\": \"w1\"}\n}".Split('\n');

            var task = Single(Run("$lines | ConvertFrom-SunoCallback", Vars(("lines", lines))));
            Assert.Equal((SunoTaskFamily.Wav, "w1"), (task.Family, task.TaskId));

            var bound = Single(Run("ConvertFrom-SunoCallback -InputObject $lines", Vars(("lines", lines))));
            Assert.Equal("w1", bound.TaskId);
        }

        [Fact]
        public void Whole_bodies_piped_as_separate_strings_are_one_task_each()
        {
            var run = Run("$bodies | ConvertFrom-SunoCallback", Vars(("bodies", new[] { Complete, WavDone }))).AssertClean();

            Assert.Equal(new[] { SunoTaskFamily.Music, SunoTaskFamily.Wav }, run.OutputOf<SunoTask>().Select(t => t.Family));
        }

        [Fact]
        public void An_azure_webhook_data_object_is_read_from_its_request_body()
        {
            var script = "$WebhookData = [pscustomobject]@{ WebhookName = 'suno'; RequestBody = $body; RequestHeader = [pscustomobject]@{ 'Content-Type' = 'application/json' } }\n" +
                         "$WebhookData | ConvertFrom-SunoCallback";

            Assert.Equal("2fac****9f72", Single(Run(script, Vars(("body", Complete)))).TaskId);
        }

        [Fact]
        public void Webhook_data_as_the_json_text_azure_passes_is_read_too()
        {
            var script = "$WebhookData = @{ WebhookName = 'suno'; RequestBody = $body; RequestHeader = @{ 'Content-Type' = 'application/json' } } | ConvertTo-Json\n" +
                         "$WebhookData | ConvertFrom-SunoCallback";

            Assert.Equal("2fac****9f72", Single(Run(script, Vars(("body", Complete)))).TaskId);
        }

        [Theory]
        [InlineData("$body | ConvertFrom-Json | ConvertFrom-SunoCallback")]
        [InlineData("$body | ConvertFrom-Json -AsHashtable | ConvertFrom-SunoCallback")]
        [InlineData("ConvertFrom-SunoCallback -InputObject ($body | ConvertFrom-Json)")]
        public void An_object_convertfrom_json_made_is_read_as_its_text_would_be(string script)
        {
            var task = Single(Run(script, Vars(("body", Complete))));

            Assert.Equal((SunoTaskFamily.Music, "SUCCESS"), (task.Family, task.Status));
            var track = Assert.Single(task.Tracks);
            Assert.Equal(198.44, track.Duration);
            Assert.Equal("https://example.cn/****.mp3", track.AudioUrl);
        }

        [Fact]
        public void A_hashtable_webhook_data_with_a_parsed_request_body_is_read()
        {
            var script = "@{ WebhookName = 'suno'; RequestBody = ($body | ConvertFrom-Json) } | ConvertFrom-SunoCallback";

            Assert.Equal(SunoTaskFamily.Wav, Single(Run(script, Vars(("body", WavDone)))).Family);
        }

        [Fact]
        public void Family_reads_the_body_as_the_family_given()
        {
            var task = Single(Run("$body | ConvertFrom-SunoCallback -Family Video", Vars(("body", WavDone))));

            Assert.Equal(SunoTaskFamily.Video, task.Family);
        }

        [Fact]
        public void A_body_that_is_no_callback_is_a_non_terminating_error_with_the_input_as_target_and_the_rest_goes_on()
        {
            var run = Run("$inputs | ConvertFrom-SunoCallback", Vars(("inputs", new object[] { Complete, "{\"hello\":\"world\"}", WavDone })));

            Assert.Null(run.Terminating);
            var error = Assert.Single(run.Errors);
            Assert.Equal(ErrorId, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
            Assert.Equal("{\"hello\":\"world\"}", error.TargetObject);
            Assert.Contains("none of the documented callback shapes", error.ToString());
            Assert.Contains("-Family", error.ErrorDetails.RecommendedAction);
            Assert.Equal(2, run.OutputOf<SunoTask>().Count());
        }

        [Fact]
        public void A_malformed_body_stops_the_command_with_ErrorAction_Stop()
        {
            var run = Run("try { ConvertFrom-SunoCallback -InputObject @{ a = 1 } -ErrorAction Stop; 'not reached' } catch { $_.FullyQualifiedErrorId }");

            Assert.Equal(new[] { ErrorId }, run.OutputOf<string>());
        }

        [Fact]
        public void Text_that_is_not_json_names_the_problem()
        {
            var run = Run("'<html>oops</html>' | ConvertFrom-SunoCallback");

            var error = Assert.Single(run.Errors);
            Assert.Equal(ErrorId, error.FullyQualifiedErrorId);
            Assert.Contains("not valid JSON", error.ToString());
            Assert.Equal("<html>oops</html>", error.TargetObject);
        }

        [Fact]
        public void No_key_is_needed_to_read_a_callback()
        {
            Run("Remove-SunoApiKey").AssertClean();

            Assert.Equal("988e****c8d3", Single(Run("$body | ConvertFrom-SunoCallback", Vars(("body", WavDone)))).TaskId);
        }

        [Fact]
        public void The_emulators_complete_callback_saves_its_tracks_without_reading_the_api()
        {
            var id = Single(Run("New-SunoMusic -Prompt 'A calm piano track' -CallbackUri $hook", Vars(("hook", _hook.Url)))).TaskId;
            State.AdvanceClock(1000);
            var body = Posted(id, "complete");
            var readsBefore = RecordReads();

            var run = Run("$body | ConvertFrom-SunoCallback | Save-SunoTrack -Path $folder", Vars(("body", body), ("folder", _folder))).AssertClean();

            var files = run.OutputOf<FileInfo>().ToArray();
            Assert.Equal(2, files.Length);
            Assert.All(files, f => Assert.True(File.Exists(f.FullName) && f.Length > 0));
            Assert.All(files, f => Assert.Equal(".mp3", f.Extension));
            Assert.Equal(readsBefore, RecordReads());
        }

        [Fact]
        public void A_text_stage_callback_is_a_running_task_that_Wait_SunoTask_continues()
        {
            var id = Single(Run("New-SunoMusic -Prompt 'A calm piano track' -CallbackUri $hook", Vars(("hook", _hook.Url)))).TaskId;
            State.AdvanceClock(10);
            var body = Posted(id, "text");

            var running = Single(Run("$body | ConvertFrom-SunoCallback", Vars(("body", body))));
            Assert.Equal((SunoTaskState.Running, "TEXT_SUCCESS"), (running.State, running.Status));

            State.AdvanceClock(1000);
            var done = Single(Run("$body | ConvertFrom-SunoCallback | Wait-SunoTask -PollIntervalSec 0.05", Vars(("body", body))));
            Assert.Equal((id, SunoTaskState.Succeeded, 2), (done.TaskId, done.State, done.Tracks.Count));
        }

        private long RecordReads() =>
            State.Stats.RequestsByPath.TryGetValue("/api/v1/generate/record-info", out var n) ? n : 0;

        private string Posted(string taskId, string stage)
        {
            for (var i = 0; i < 3000; i++)
            {
                var delivery = State.CallbackDeliveries.FirstOrDefault(d => d.TaskId == taskId && d.Stage == stage && d.Outcome == "delivered");
                if (delivery != null) return delivery.Body!;
                Task.Delay(10).Wait();
            }

            throw new Xunit.Sdk.XunitException("No " + stage + " callback was posted for " + taskId + ".");
        }

        public void Dispose()
        {
            _hook.Dispose();
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
    }
}
