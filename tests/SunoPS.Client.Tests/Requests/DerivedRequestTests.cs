using System.Linq;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using Xunit;

namespace SunoPS.Client.Tests.Requests
{
    /// <summary>The lyrics, video, cover-art and recovery submissions: their rules, exact bodies, and the tasks they give.</summary>
    public sealed class DerivedRequestTests
    {
        [Fact]
        public void Lyrics_need_a_prompt_of_at_most_200_characters()
        {
            Assert.Empty(new LyricsRequest { Prompt = new string('x', 200) }.Validate());
            Assert.Equal(SunoTaskFamily.Lyrics, new LyricsRequest().Family);

            var missing = Assert.Single(new LyricsRequest { Prompt = " " }.Validate());
            Assert.Equal(("prompt", SunoProblemRule.Required), (missing.Field, missing.Rule));

            var tooLong = Assert.Single(new LyricsRequest { Prompt = new string('x', 201) }.Validate());
            Assert.Equal(SunoProblemRule.TooLong, tooLong.Rule);
            Assert.Equal(201, tooLong.Value);
            Assert.Equal(200, tooLong.Limit);
        }

        [Fact]
        public void A_video_needs_the_task_and_track_and_keeps_author_and_watermark_within_50()
        {
            Assert.Empty(new VideoRequest { TaskId = "t", AudioId = "a", Author = new string('a', 50), DomainName = new string('d', 50) }.Validate());

            var problems = new VideoRequest { Author = new string('a', 51), DomainName = new string('d', 51), CallbackUrl = "ftp://x" }.Validate();

            Assert.Equal(new[] { "audioId", "author", "callBackUrl", "domainName", "taskId" }, problems.Select(p => p.Field).OrderBy(f => f, System.StringComparer.Ordinal));
            Assert.Equal(SunoProblemRule.TooLong, problems.Single(p => p.Field == "author").Rule);
        }

        [Fact]
        public void Cover_art_and_recovery_need_their_task_under_their_own_names()
        {
            Assert.Equal("taskId", Assert.Single(new CoverArtRequest().Validate()).Field);
            Assert.Equal("sunoTaskId", Assert.Single(new RecoveryRequest().Validate()).Field);
        }

        [Theory]
        [InlineData("lyrics", "http://api.test/api/v1/lyrics", "{\"callBackUrl\":\"https://h.example/cb\",\"prompt\":\"Night city\"}")]
        [InlineData("video", "http://api.test/api/v1/mp4/generate", "{\"audioId\":\"a-1\",\"author\":\"Me\",\"callBackUrl\":\"https://h.example/cb\",\"domainName\":\"me.example\",\"taskId\":\"t-1\"}")]
        [InlineData("video-plain", "http://api.test/api/v1/mp4/generate", "{\"audioId\":\"a-1\",\"callBackUrl\":\"https://h.example/cb\",\"taskId\":\"t-1\"}")]
        [InlineData("cover", "http://api.test/api/v1/suno/cover/generate", "{\"callBackUrl\":\"https://h.example/cb\",\"taskId\":\"t-1\"}")]
        [InlineData("recovery", "http://api.test/api/v1/suno/recovery", "{\"callBackUrl\":\"https://h.example/cb\",\"sunoTaskId\":\"t-1\"}")]
        public async Task Each_sends_exactly_its_documented_body(string kind, string url, string body)
        {
            var server = new FakeHandler(_ => FakeHandler.Envelope(200, "{\"taskId\":\"new-1\"}"));
            using (var client = new SunoClient(FakeHandler.Options(), server))
            {
                await client.SubmitAsync(Request(kind));
            }

            var request = Assert.Single(server.Seen);
            Assert.Equal("POST", request.Method.Method);
            Assert.Equal(url, request.Uri.AbsoluteUri);
            Assert.Equal(body, request.Body);
        }

        [Fact]
        public async Task A_recovery_answers_with_a_snake_case_task_id_and_gives_a_pending_recovery_task()
        {
            var server = new FakeHandler(_ => FakeHandler.Envelope(200, "{\"task_id\":\"dc19****18b3\"}"));
            SunoTask task;
            using (var client = new SunoClient(FakeHandler.Options(), server))
            {
                task = await client.SubmitAsync(new RecoveryRequest { SunoTaskId = " music-1 " });
            }

            Assert.Equal("dc19****18b3", task.TaskId);
            Assert.Equal(new SunoTaskReference("dc19****18b3", SunoTaskFamily.Recovery), task.Reference);
            Assert.Equal(SunoTaskState.Pending, task.State);
            Assert.Equal("music-1", task.SourceTaskId);
            Assert.Equal("music-1", task.Parameters["sunoTaskId"]);
        }

        [Fact]
        public async Task A_repeated_cover_art_is_already_exists_naming_the_existing_task()
        {
            var server = new FakeHandler(_ => FakeHandler.Envelope(400, "{\"taskId\":\"cover-old\"}", "Cover already generated for this task"));
            using var client = new SunoClient(FakeHandler.Options(), server);

            var e = await Assert.ThrowsAsync<SunoException>(() => client.SubmitAsync(new CoverArtRequest { TaskId = "music-1" }));

            Assert.Equal(SunoErrorKind.AlreadyExists, e.Kind);
            Assert.Equal("cover-old", e.ExistingTaskId);
            Assert.Equal("cover-old", e.Target);
            Assert.Equal(400, e.ApiCode);
            Assert.Contains("Cover already generated for this task", e.Message);
            Assert.False(e.MayHaveBeenAccepted);
            Assert.Single(server.Seen); // never retried
        }

        [Fact]
        public async Task Cover_arts_own_codes_read_402_as_credits_and_a_bare_400_as_invalid()
        {
            var credits = new FakeHandler(_ => FakeHandler.Envelope(402, "null", "Insufficient credits"));
            using (var client = new SunoClient(FakeHandler.Options(), credits))
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.SubmitAsync(new CoverArtRequest { TaskId = "m" }));
                Assert.Equal(SunoErrorKind.InsufficientCredits, e.Kind);
            }

            var invalid = new FakeHandler(_ => FakeHandler.Envelope(400, "null", "Invalid parameters"));
            using (var client = new SunoClient(FakeHandler.Options(), invalid))
            {
                var e = await Assert.ThrowsAsync<SunoException>(() => client.SubmitAsync(new CoverArtRequest { TaskId = "m" }));
                Assert.Equal(SunoErrorKind.InvalidRequest, e.Kind);
                Assert.Null(e.ExistingTaskId);
            }
        }

        [Fact]
        public async Task A_400_with_a_task_id_elsewhere_is_just_invalid()
        {
            var server = new FakeHandler(_ => FakeHandler.Envelope(400, "{\"taskId\":\"x\"}", "Invalid parameters"));
            using var client = new SunoClient(FakeHandler.Options(), server);

            var e = await Assert.ThrowsAsync<SunoException>(() => client.SubmitAsync(new LyricsRequest { Prompt = "p" }));

            Assert.Equal(SunoErrorKind.InvalidRequest, e.Kind);
            Assert.Null(e.ExistingTaskId);
        }

        private static SunoSubmission Request(string kind)
        {
            const string hook = "https://h.example/cb";
            switch (kind)
            {
                case "lyrics": return new LyricsRequest { Prompt = "Night city", CallbackUrl = hook };
                case "video": return new VideoRequest { TaskId = " t-1 ", AudioId = "a-1 ", Author = "Me", DomainName = "me.example", CallbackUrl = hook, SourceTitle = "T" };
                case "video-plain": return new VideoRequest { TaskId = "t-1", AudioId = "a-1", Author = "", CallbackUrl = hook };
                case "cover": return new CoverArtRequest { TaskId = "t-1", CallbackUrl = hook, SourceTitle = "T" };
                default: return new RecoveryRequest { SunoTaskId = "t-1", CallbackUrl = hook };
            }
        }
    }
}
