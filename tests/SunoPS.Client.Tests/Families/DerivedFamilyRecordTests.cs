using System;
using System.Linq;
using Xunit;

namespace SunoPS.Client.Tests.Families
{
    /// <summary>The Lyrics, Video, CoverArt and Recovery readers on the documented records (suno-api.md §4.15, §4.17, §4.21, §4.22, §6.9).</summary>
    public sealed class DerivedFamilyRecordTests
    {
        // §4.15 verbatim, with the second variant of the §6.2 callback added.
        private const string Lyrics =
            "{\"taskId\":\"11dc****8b0f\",\"param\":\"{\\\"prompt\\\":\\\"A song about peaceful night in the city\\\"}\",\"response\":{\"taskId\":\"11dc****8b0f\",\"data\":[" +
            "{\"text\":\"[Verse]\\n我穿越城市黑暗夜\\n心中燃烧梦想的烈火\",\"title\":\"钢铁侠\",\"status\":\"complete\",\"errorMessage\":\"\"}," +
            "{\"text\":\"[Verse]\\n风在呼唤我名字\\n钢铁盔甲闪得刺眼\",\"title\":\"钢铁侠\",\"status\":\"complete\",\"errorMessage\":\"\"}]},\"status\":\"SUCCESS\",\"type\":\"LYRICS\",\"errorCode\":null,\"errorMessage\":null}";

        // §4.21 ([SPEC] shape).
        private const string Video =
            "{\"taskId\":\"774b****22f\",\"musicId\":\"8551****662c\",\"musicIndex\":1,\"callbackUrl\":\"https://api.example.com/callback\",\"completeTime\":\"2025-01-01 00:10:00\",\"response\":{\"videoUrl\":\"https://example.com/videos/video_847715e66259.mp4\"},\"successFlag\":\"SUCCESS\",\"createTime\":\"2025-01-01 00:00:00\",\"errorCode\":null,\"errorMessage\":null}";

        // §4.22 verbatim.
        private const string CoverArt =
            "{\"taskId\":\"21aee3c3c2a01fa5e030b3799fa4dd56\",\"parentTaskId\":\"73d6128b3523a0079df10da9471017c8\",\"callbackUrl\":\"https://api.example.com/callback\",\"completeTime\":\"2025-01-15T10:35:27.000Z\",\"response\":{\"images\":[\"https://tempfile.aiquickdraw.com/s/1753958521_6c1b3015141849d1a9bf17b738ce9347.png\",\"https://tempfile.aiquickdraw.com/s/1753958524_c153143acc6340908431cf0e90cbce9e.png\"]},\"successFlag\":1,\"createTime\":\"2025-01-15T10:33:01.000Z\",\"errorCode\":200,\"errorMessage\":\"\"}";

        // §6.9 verbatim, plus a second track that failed.
        private const string Recovery =
            "{\"code\":200,\"msg\":\"success\",\"task_id\":\"bbbb****0f7b\",\"data\":[{\"id\":\"3bc3****48fc\",\"audio_url\":\"https://example.com/****.m4a\",\"title\":\"Sunrise Love\",\"status\":\"success\",\"error\":\"\"}," +
            "{\"id\":\"9f00****11aa\",\"audio_url\":\"\",\"title\":\"Sunset Love\",\"status\":\"failed\",\"error\":\"clip_not_complete\"}]}";

        [Fact]
        public void Lyrics_gives_one_text_output_per_variant_with_its_title()
        {
            var task = SunoTask.Parse(Lyrics, SunoTaskFamily.Lyrics);

            Assert.Equal(SunoTaskState.Succeeded, task.State);
            Assert.Equal("LYRICS", task.Type);
            Assert.Equal("A song about peaceful night in the city", task.Prompt);
            Assert.Equal("钢铁侠", task.Title);
            Assert.Equal(2, task.Outputs.Count);
            Assert.All(task.Outputs, o => Assert.Equal(SunoOutputKind.Lyrics, o.Kind));
            Assert.All(task.Outputs, o => Assert.True(o.IsPrimary && o.IsAvailable));
            Assert.All(task.Outputs, o => Assert.Null(o.Url));
            Assert.Equal("[Verse]\n我穿越城市黑暗夜\n心中燃烧梦想的烈火", task.Outputs[0].Text);
            Assert.Equal(new[] { 1, 2 }, task.Outputs.Select(o => o.Index));
            Assert.Equal("11dc****8b0f", task.Outputs[1].TaskId);
        }

        [Fact]
        public void A_failed_lyrics_variant_is_not_an_output_and_keeps_the_others_numbers()
        {
            var record = Lyrics.Replace("\"title\":\"钢铁侠\",\"status\":\"complete\",\"errorMessage\":\"\"},{", "\"title\":\"钢铁侠\",\"status\":\"failed\",\"errorMessage\":\"bad\"},{");

            var output = Assert.Single(SunoTask.Parse(record, SunoTaskFamily.Lyrics).Outputs);

            Assert.Equal(2, output.Index);
        }

        [Fact]
        public void Lyrics_with_every_variant_failed_say_why()
        {
            var task = SunoTask.Parse("{\"taskId\":\"l\",\"status\":\"GENERATE_LYRICS_FAILED\",\"response\":{\"taskId\":\"l\",\"data\":[{\"text\":\"\",\"title\":\"t\",\"status\":\"failed\",\"errorMessage\":\"Lyrics generation failed\"}]}}", SunoTaskFamily.Lyrics);

            Assert.True(task.IsFailed);
            Assert.Empty(task.Outputs);
            Assert.Equal("Lyrics generation failed", task.ErrorMessage);
        }

        [Fact]
        public void A_pending_lyrics_record_has_no_outputs()
        {
            var task = SunoTask.Parse("{\"taskId\":\"l\",\"param\":\"{}\",\"response\":null,\"status\":\"PENDING\",\"type\":\"LYRICS\"}", SunoTaskFamily.Lyrics);

            Assert.Equal(SunoTaskState.Pending, task.State);
            Assert.Empty(task.Outputs);
        }

        [Fact]
        public void Video_gives_its_one_mp4_named_by_the_source_track()
        {
            var task = SunoTask.Parse(Video, SunoTaskFamily.Video);

            Assert.True(task.IsCompleted);
            Assert.Equal("8551****662c", task.SourceAudioId);
            Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 10, 0, TimeSpan.Zero), task.CompletedAt);
            var video = Assert.Single(task.Outputs);
            Assert.Equal(SunoOutputKind.Video, video.Kind);
            Assert.Equal("https://example.com/videos/video_847715e66259.mp4", video.Url);
            Assert.Equal("8551****662c", video.Id);
            Assert.Equal(2, video.Index); // musicIndex 1 is the second track
            Assert.True(video.IsPrimary);
        }

        [Fact]
        public void The_older_video_shape_with_audio_id_and_epoch_times_is_read_too()
        {
            var task = SunoTask.Parse("{\"taskId\":\"v\",\"audioId\":\"a-1\",\"completeTime\":1735661400000,\"response\":{\"videoUrl\":\"https://f/v.mp4\"},\"successFlag\":\"SUCCESS\"}", SunoTaskFamily.Video);

            Assert.Equal("a-1", task.SourceAudioId);
            Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1735661400000), task.CompletedAt);
            Assert.Equal(1, Assert.Single(task.Outputs).Index);
        }

        [Fact]
        public void Cover_art_gives_its_pictures_with_the_music_task_as_source_and_errorCode_200_as_none()
        {
            var task = SunoTask.Parse(CoverArt, SunoTaskFamily.CoverArt);

            Assert.True(task.IsCompleted);
            Assert.Equal("1", task.ApiStatus);
            Assert.Equal("73d6128b3523a0079df10da9471017c8", task.SourceTaskId);
            Assert.Null(task.ErrorCode);
            Assert.Equal(new DateTimeOffset(2025, 1, 15, 10, 35, 27, TimeSpan.Zero), task.CompletedAt);
            Assert.Equal(2, task.Outputs.Count);
            Assert.All(task.Outputs, o => Assert.Equal(SunoOutputKind.Image, o.Kind));
            Assert.All(task.Outputs, o => Assert.True(o.IsPrimary));
            Assert.All(task.Outputs, o => Assert.Equal(SunoTaskFamily.CoverArt, o.Family));
            Assert.Equal(new[] { 1, 2 }, task.Outputs.Select(o => o.Index));
            Assert.EndsWith("6c1b3015141849d1a9bf17b738ce9347.png", task.Outputs[0].Url);
        }

        [Fact]
        public void Cover_art_that_is_generating_is_running_and_a_failure_keeps_its_code()
        {
            var generating = SunoTask.Parse("{\"taskId\":\"c\",\"parentTaskId\":\"m\",\"response\":null,\"successFlag\":2,\"errorCode\":null,\"errorMessage\":\"\"}", SunoTaskFamily.CoverArt);
            Assert.Equal(SunoTaskState.Running, generating.State);
            Assert.Empty(generating.Outputs);

            var failed = SunoTask.Parse("{\"taskId\":\"c\",\"parentTaskId\":\"m\",\"response\":{\"images\":null},\"successFlag\":3,\"errorCode\":500,\"errorMessage\":\"Cover generation failed\"}", SunoTaskFamily.CoverArt);
            Assert.True(failed.IsFailed);
            Assert.Equal(500, failed.ErrorCode);
            Assert.Equal("Cover generation failed", failed.ErrorMessage);
        }

        [Fact]
        public void Recovery_gives_an_audio_output_per_recovered_track_and_names_the_others()
        {
            var task = SunoTask.Parse(Recovery, SunoTaskFamily.Recovery);

            Assert.True(task.IsCompleted); // code 200: at least one track recovered
            var audio = Assert.Single(task.Outputs);
            Assert.Equal(SunoOutputKind.Audio, audio.Kind);
            Assert.Equal(SunoTaskFamily.Recovery, audio.Family);
            Assert.Equal("3bc3****48fc", audio.Id); // the original audio id
            Assert.Equal("Sunrise Love", audio.Title);
            Assert.Equal("https://example.com/****.m4a", audio.Url);
            Assert.Equal(1, audio.Index);
            Assert.True(audio.IsPrimary);
            Assert.Contains("9f00****11aa", task.ErrorMessage);
            Assert.Contains("clip_not_complete", task.ErrorMessage);
        }

        [Fact]
        public void Recovery_running_has_null_data_and_all_failed_is_a_failure()
        {
            var running = SunoTask.Parse("{\"code\":201,\"msg\":\"running\",\"task_id\":\"r\",\"data\":null}", SunoTaskFamily.Recovery);
            Assert.Equal(SunoTaskState.Running, running.State);
            Assert.Empty(running.Outputs);

            var failed = SunoTask.Parse("{\"code\":500,\"msg\":\"failed\",\"task_id\":\"r\",\"data\":[{\"id\":\"a\",\"audio_url\":\"\",\"title\":\"T\",\"status\":\"failed\",\"error\":\"feed_failed\"}]}", SunoTaskFamily.Recovery);
            Assert.True(failed.IsFailed);
            Assert.Equal("RECOVERY_FAILED", failed.Status);
            Assert.Equal(500, failed.ErrorCode);
            Assert.Equal("track a ('T'): feed_failed", failed.ErrorMessage);
        }
    }
}
