using System.Linq;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using Xunit;

namespace SunoPS.Client.Tests.Requests
{
    /// <summary>POST vocal-removal/generate and midi/generate (suno-api.md §4.18, §4.20): rules and exact bodies.</summary>
    public sealed class SeparationAndMidiRequestTests
    {
        private static async Task<(SunoTask Task, string Body, string Path)> SendAsync(SunoSubmission request)
        {
            var server = new FakeHandler(_ => FakeHandler.Envelope(200, "{\"taskId\":\"new-task\"}"));
            using (var client = new SunoClient(FakeHandler.Options(), server))
            {
                var task = await client.SubmitAsync(request);
                var seen = Assert.Single(server.Seen);
                return (task, seen.Body, seen.Uri.AbsolutePath);
            }
        }

        [Fact]
        public async Task A_vocal_separation_sends_its_type_and_no_stem_name()
        {
            var (task, body, path) = await SendAsync(new SeparateRequest { TaskId = " t1 ", AudioId = "a1", SourceTitle = "Night Walk" });

            Assert.Equal("/api/v1/vocal-removal/generate", path);
            Assert.Equal("{\"audioId\":\"a1\",\"callBackUrl\":\"https://example.com/callback\",\"taskId\":\"t1\",\"type\":\"separate_vocal\"}", body);
            Assert.Equal(SunoTaskFamily.Separation, task.Family);
            Assert.Equal("separate_vocal", task.Type);
            Assert.Equal("a1", task.SourceAudioId);
            Assert.Equal("Night Walk", task.Title);
        }

        [Fact]
        public async Task An_advanced_separation_sends_the_documented_spelling_of_its_stem()
        {
            var (_, body, _) = await SendAsync(new SeparateRequest
            {
                TaskId = "t1", AudioId = "a1", Mode = SunoSeparationMode.SplitStemAdvanced, StemName = "synth PAD", CallbackUrl = "https://hooks.example.org/s",
            });

            Assert.Equal("{\"audioId\":\"a1\",\"callBackUrl\":\"https://hooks.example.org/s\",\"stemName\":\"Synth Pad\",\"taskId\":\"t1\",\"type\":\"split_stem_advanced\"}", body);
        }

        [Theory]
        [InlineData(SunoSeparationMode.SeparateVocal, "separate_vocal", 10)]
        [InlineData(SunoSeparationMode.SplitStem, "split_stem", 50)]
        [InlineData(SunoSeparationMode.SplitStemAdvanced, "split_stem_advanced", 20)]
        public void Each_mode_has_its_type_and_documented_cost(SunoSeparationMode mode, string type, int credits)
        {
            Assert.Equal(type, SeparateRequest.TypeOf(mode));
            Assert.Equal(credits, SeparateRequest.CreditsOf(mode));
        }

        [Fact]
        public void The_stem_name_is_required_for_advanced_only_and_must_be_documented()
        {
            var missing = Assert.Single(new SeparateRequest { TaskId = "t", AudioId = "a", Mode = SunoSeparationMode.SplitStemAdvanced }.Validate());
            Assert.Equal(("stemName", SunoProblemRule.Required, "split_stem_advanced"), (missing.Field, missing.Rule, missing.Condition));

            var unknown = Assert.Single(new SeparateRequest { TaskId = "t", AudioId = "a", Mode = SunoSeparationMode.SplitStemAdvanced, StemName = "Kazoo" }.Validate());
            Assert.Equal(SunoProblemRule.NotAllowedValue, unknown.Rule);
            Assert.Equal(98, unknown.Allowed!.Count);
            Assert.Contains("Didgeridoo", unknown.Allowed);

            var notHere = Assert.Single(new SeparateRequest { TaskId = "t", AudioId = "a", Mode = SunoSeparationMode.SplitStem, StemName = "Bass" }.Validate());
            Assert.Equal(SunoProblemRule.NotApplicable, notHere.Rule);
        }

        [Fact]
        public void A_separation_needs_a_task_and_a_track()
        {
            var problems = new SeparateRequest { TaskId = " ", CallbackUrl = "ftp://x" }.Validate();
            Assert.Equal(new[] { "taskId", "audioId", "callBackUrl" }, problems.Select(p => p.Field));
        }

        [Fact]
        public void The_documented_stem_names_are_all_there_once()
        {
            Assert.Equal(98, SunoStemNames.All.Count);
            Assert.Equal(SunoStemNames.All.Count, SunoStemNames.All.Distinct().Count());
            Assert.Equal("Hi-Hat", SunoStemNames.Find(" hi-hat "));
            Assert.Null(SunoStemNames.Find("Hihat"));
        }

        [Fact]
        public async Task Midi_of_all_stems_sends_no_audio_id_and_of_one_stem_sends_it()
        {
            var (task, all, path) = await SendAsync(new MidiRequest { TaskId = "sep1", AudioId = " " });
            Assert.Equal("/api/v1/midi/generate", path);
            Assert.Equal("{\"callBackUrl\":\"https://example.com/callback\",\"taskId\":\"sep1\"}", all);
            Assert.Equal(SunoTaskFamily.Midi, task.Family);

            var (one, body, _) = await SendAsync(new MidiRequest { TaskId = "sep1", AudioId = "stem-1" });
            Assert.Equal("{\"audioId\":\"stem-1\",\"callBackUrl\":\"https://example.com/callback\",\"taskId\":\"sep1\"}", body);
            Assert.Equal("stem-1", one.SourceAudioId);
        }

        [Fact]
        public void Midi_needs_the_separation_task()
        {
            var problem = Assert.Single(new MidiRequest().Validate());
            Assert.Equal(("taskId", SunoProblemRule.Required), (problem.Field, problem.Rule));
        }
    }
}
