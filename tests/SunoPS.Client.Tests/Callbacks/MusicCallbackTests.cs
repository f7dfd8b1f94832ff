using System.Linq;
using System.Text.Json;
using SunoPS.Client.Callbacks;
using Xunit;

namespace SunoPS.Client.Tests.Callbacks
{
    /// <summary>Music callbacks (§6.1) read as the music record of the same stage.</summary>
    public sealed class MusicCallbackTests
    {
        [Fact]
        public void The_documented_complete_callback_is_a_finished_task_with_its_tracks_and_outputs()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.MusicComplete);

            Assert.Equal(SunoTaskFamily.Music, task.Family);
            Assert.Equal("2fac****9f72", task.TaskId);
            Assert.Equal("SUCCESS", task.ApiStatus);
            Assert.Equal("SUCCESS", task.Status);
            Assert.Equal(SunoTaskState.Succeeded, task.State);
            Assert.True(task.IsCompleted);
            Assert.Null(task.ErrorCode);
            Assert.Null(task.ErrorMessage);

            var track = Assert.Single(task.Tracks);
            Assert.Equal("8551****662c", track.Id);
            Assert.Equal("2fac****9f72", track.TaskId);
            Assert.Equal("https://example.cn/****.mp3", track.AudioUrl);
            Assert.Equal("https://example.cn/****.mp3", track.SourceAudioUrl);
            Assert.Equal("https://example.cn/****", track.StreamAudioUrl);
            Assert.Equal("https://example.cn/****", track.SourceStreamAudioUrl);
            Assert.Equal("https://example.cn/****.jpeg", track.ImageUrl);
            Assert.Equal("https://example.cn/****.jpeg", track.SourceImageUrl);
            Assert.Equal("[Verse] Night city lights shining bright", track.Lyrics);
            Assert.Equal("chirp-v3-5", track.ModelName);
            Assert.Equal("Iron Man", track.Title);
            Assert.Equal("electrifying, rock", track.Tags);
            Assert.Equal(198.44, track.Duration);
            Assert.Equal(new System.DateTimeOffset(2025, 1, 1, 0, 0, 0, System.TimeSpan.Zero), track.CreatedAt);

            var audio = Assert.Single(task.Outputs, o => o.IsPrimary);
            Assert.Equal(SunoOutputKind.Audio, audio.Kind);
            Assert.Equal("https://example.cn/****.mp3", audio.Url);
            Assert.Equal("Iron Man", audio.Title);
        }

        [Fact]
        public void The_record_it_is_read_from_has_the_record_info_shape_in_camel_case()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.MusicComplete);

            using (var record = JsonDocument.Parse(task.RawRecord!))
            {
                var root = record.RootElement;
                Assert.Equal("2fac****9f72", root.GetProperty("taskId").GetString());
                Assert.Equal("SUCCESS", root.GetProperty("status").GetString());
                var item = root.GetProperty("response").GetProperty("sunoData")[0];
                Assert.Equal(
                    new[] { "id", "audioUrl", "sourceAudioUrl", "streamAudioUrl", "sourceStreamAudioUrl", "imageUrl", "sourceImageUrl",
                            "prompt", "modelName", "title", "tags", "createTime", "duration" },
                    item.EnumerateObject().Select(p => p.Name));
            }
        }

        [Fact]
        public void A_text_stage_callback_is_a_running_task_at_the_text_stage()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.MusicText);

            Assert.Equal("TEXT_SUCCESS", task.Status);
            Assert.Equal(SunoTaskState.Running, task.State);
            Assert.Equal(1, task.Stage);
            Assert.Empty(task.Tracks);
            Assert.Empty(task.Outputs);
            Assert.Null(task.ErrorMessage); // a stage's msg is not an error
        }

        [Fact]
        public void A_first_stage_callback_is_a_running_task_with_the_tracks_so_far()
        {
            var body = DocumentedCallbacks.MusicComplete.Replace("\"complete\"", "\"first\"").Replace("\"audio_url\": \"https://example.cn/****.mp3\"", "\"audio_url\": \"\"");
            var task = CallbackReader.Read(body);

            Assert.Equal("FIRST_SUCCESS", task.Status);
            Assert.Equal(SunoTaskState.Running, task.State);
            Assert.Equal(2, task.Stage);
            var track = Assert.Single(task.Tracks);
            Assert.Null(track.AudioUrl);
            Assert.Equal("https://example.cn/****", track.StreamAudioUrl);
        }

        [Fact]
        public void The_documented_error_callback_is_a_failed_task_with_the_callbacks_code_and_message()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.MusicError);

            Assert.Equal(SunoTaskFamily.Music, task.Family);
            Assert.Equal("2fac****9f72", task.TaskId);
            Assert.Equal("GENERATE_AUDIO_FAILED", task.Status);
            Assert.Equal(SunoTaskState.Failed, task.State);
            Assert.True(task.IsFailed);
            Assert.Equal(400, task.ErrorCode);
            Assert.Equal("Music generation failed", task.ErrorMessage);
            Assert.Empty(task.Tracks);
        }

        [Fact]
        public void The_kie_failure_variant_keeps_its_code_and_takes_the_specific_error_text()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.MusicKieError);

            Assert.Equal("...", task.TaskId);
            Assert.Equal(SunoTaskState.Failed, task.State);
            Assert.Equal(501, task.ErrorCode);
            Assert.Equal("Generation failed due to technical issues", task.ErrorMessage);
        }

        [Fact]
        public void A_stage_this_module_does_not_know_is_running_under_its_own_name()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.MusicText.Replace("\"text\"", "\"second\""));

            Assert.Equal("SECOND", task.Status);
            Assert.Equal(SunoTaskState.Running, task.State);
        }

        [Fact]
        public void A_non_200_code_is_a_failure_whatever_the_stage_says()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.MusicComplete.Replace("\"code\": 200", "\"code\": 451").Replace("All generated successfully.", "Download failed"));

            Assert.Equal(SunoTaskState.Failed, task.State);
            Assert.Equal(451, task.ErrorCode);
            Assert.Equal("Download failed", task.ErrorMessage);
        }
    }
}
