using System.Linq;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using Xunit;

namespace SunoPS.Client.Tests.Requests
{
    /// <summary>The voice submissions and check (suno-api.md §4.23): rules and exact bodies, with calBackUrl and task_id.</summary>
    public sealed class VoiceRequestTests
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
        public async Task Validate_sends_integer_seconds_and_a_lowercase_language()
        {
            var (task, body, path) = await SendAsync(new VoiceValidationRequest
            {
                VoiceUrl = "https://files.example/me.mp3", VocalStartS = 5, VocalEndS = 35, Language = "EN",
            });

            Assert.Equal("/api/v1/voice/validate", path);
            Assert.Equal("{\"callBackUrl\":\"https://example.com/callback\",\"language\":\"en\",\"vocalEndS\":35,\"vocalStartS\":5,\"voiceUrl\":\"https://files.example/me.mp3\"}", body);
            Assert.Equal(SunoTaskFamily.VoiceValidation, task.Family);
        }

        [Fact]
        public void Validate_refuses_an_end_not_after_the_start_a_missing_recording_and_an_unknown_language()
        {
            var problems = new VoiceValidationRequest { VocalStartS = 10, VocalEndS = 10, Language = "xx" }.Validate();

            Assert.Equal(new[] { ("voiceUrl", SunoProblemRule.Required), ("vocalEndS", SunoProblemRule.NotAfter), ("language", SunoProblemRule.NotAllowedValue) },
                problems.Select(p => (p.Field, p.Rule)));
            Assert.Equal("vocalStartS", problems[1].RelatedField); // NotAfter names the field it must exceed there
            Assert.Equal(VoiceValidationRequest.Languages, problems[2].Allowed);

            var missing = new VoiceValidationRequest { VoiceUrl = "not a url" }.Validate();
            Assert.Equal(new[] { ("voiceUrl", SunoProblemRule.NotHttpUrl), ("vocalStartS", SunoProblemRule.Required), ("vocalEndS", SunoProblemRule.Required) },
                missing.Select(p => (p.Field, p.Rule)));
        }

        [Fact]
        public async Task Regenerate_spells_its_callback_calBackUrl()
        {
            var (task, body, path) = await SendAsync(new VoiceRegenerateRequest { TaskId = "v1", CallbackUrl = "https://hooks.example.org/v" });

            Assert.Equal("/api/v1/voice/regenerate", path);
            Assert.Equal("{\"calBackUrl\":\"https://hooks.example.org/v\",\"taskId\":\"v1\"}", body);
            Assert.Equal(SunoTaskFamily.VoiceValidation, task.Family);

            var problem = Assert.Single(new VoiceRegenerateRequest { TaskId = "v1", CallbackUrl = "nope" }.Validate());
            Assert.Equal(("calBackUrl", SunoProblemRule.NotHttpUrl), (problem.Field, problem.Rule));
        }

        [Fact]
        public async Task Generate_sends_the_recording_of_the_phrase_and_the_voice_details()
        {
            var (task, body, path) = await SendAsync(new VoiceGenerateRequest
            {
                TaskId = "v1", VerifyUrl = "https://files.example/phrase.mp3", VoiceName = "Mine", Description = "Warm", Style = "Soul",
                SingerSkillLevel = "Advanced",
            });

            Assert.Equal("/api/v1/voice/generate", path);
            Assert.Equal("{\"callBackUrl\":\"https://example.com/callback\",\"description\":\"Warm\",\"singerSkillLevel\":\"advanced\",\"style\":\"Soul\"," +
                         "\"taskId\":\"v1\",\"verifyUrl\":\"https://files.example/phrase.mp3\",\"voiceName\":\"Mine\"}", body);
            Assert.Equal(SunoTaskFamily.Voice, task.Family);
            Assert.Equal("Mine", task.Title);
        }

        [Fact]
        public void Generate_needs_the_validation_and_the_recording_and_a_known_skill_level()
        {
            var problems = new VoiceGenerateRequest { SingerSkillLevel = "guru" }.Validate();
            Assert.Equal(new[] { "taskId", "verifyUrl", "singerSkillLevel" }, problems.Select(p => p.Field));
            Assert.Equal(VoiceGenerateRequest.SkillLevels, problems[2].Allowed);
        }

        [Fact]
        public async Task Check_voice_sends_task_id_and_reads_is_available()
        {
            var server = new FakeHandler(_ => FakeHandler.Envelope(200, "{\"isAvailable\":true}"));
            SunoVoiceAvailability answer;
            using (var client = new SunoClient(FakeHandler.Options(), server))
            {
                answer = await client.CheckVoiceAsync(" voice-task ");
            }

            var seen = Assert.Single(server.Seen);
            Assert.Equal("/api/v1/voice/check-voice", seen.Uri.AbsolutePath);
            Assert.Equal("{\"task_id\":\"voice-task\"}", seen.Body);
            Assert.Equal("voice-task", answer.TaskId);
            Assert.True(answer.IsAvailable);
        }

        [Fact]
        public async Task A_check_without_is_available_is_a_malformed_answer()
        {
            var server = new FakeHandler(_ => FakeHandler.Envelope(200, "{}"));
            using (var client = new SunoClient(FakeHandler.Options(), server))
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.CheckVoiceAsync("v"));
                Assert.Equal(SunoErrorKind.MalformedResponse, e.Kind);
            }
        }
    }
}
