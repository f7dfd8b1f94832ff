using System;
using System.Linq;
using System.Threading.Tasks;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using SunoPS.Emulator;
using Xunit;
using static SunoPS.Client.Tests.Support.EmulatorSessionExtensions;

namespace SunoPS.Client.Tests.Records
{
    /// <summary>Task records read from the emulator at each stage of a generation, and the failure outcomes.</summary>
    public sealed class RecordInfoTests
    {
        // Stages at 10/30/120 emulated seconds; the clock only moves when a test advances it.
        private static Task<EmulatorSession> Start() => EmulatorSession.StartAsync(o =>
        {
            o.ClockSpeed = 0.0001;
            o.TextStageSeconds = 10;
            o.FirstStageSeconds = 30;
            o.CompleteStageSeconds = 120;
            o.DefaultTrackSeconds = 42.5;
        });

        [Fact]
        public async Task A_generation_is_read_at_every_stage()
        {
            await using var s = await Start();
            var id = await s.Client.GenerateMusicAsync(SimpleRequest("A calm piano track"));

            var pending = await s.Client.GetTaskAsync(id);
            Assert.Equal("PENDING", pending.Status);
            Assert.Empty(pending.Tracks); // response is null while pending
            Assert.Equal("A calm piano track", pending.Prompt);
            Assert.NotNull(pending.CreatedAt);
            Assert.InRange(pending.CreatedAt!.Value, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));

            s.Emulator.State.AdvanceClock(15);
            var text = await s.Client.GetTaskAsync(id);
            Assert.Equal("TEXT_SUCCESS", text.Status);
            Assert.All(text.Tracks, t => Assert.False(t.IsPlayable));

            s.Emulator.State.AdvanceClock(30);
            var first = await s.Client.GetTaskAsync(id);
            Assert.Equal("FIRST_SUCCESS", first.Status);
            Assert.Equal(2, first.Tracks.Count);
            Assert.All(first.Tracks, t => Assert.True(t.IsPlayable));
            Assert.All(first.Tracks, t => Assert.Null(t.Duration));
            Assert.False(first.IsCompleted);

            s.Emulator.State.AdvanceClock(100);
            var done = await s.Client.GetTaskAsync(id);
            Assert.Equal("SUCCESS", done.Status);
            Assert.True(done.IsCompleted);
            Assert.Equal(2, done.Tracks.Count);
            Assert.Equal(2, done.Tracks.Select(t => t.Id).Distinct().Count());
            foreach (var track in done.Tracks)
            {
                Assert.Equal(id, track.TaskId);
                Assert.InRange(track.Duration!.Value, 42.4, 42.6); // whole MP3 frames
                Assert.True(track.IsDownloadable);
                Assert.StartsWith(s.Emulator.FilesUri.AbsoluteUri, track.AudioUrl);
                Assert.EndsWith(".mp3", track.AudioUrl);
                Assert.StartsWith(s.Emulator.FilesUri.AbsoluteUri, track.StreamAudioUrl);
                Assert.EndsWith(".jpeg", track.ImageUrl);
                Assert.NotNull(track.SourceAudioUrl);
                Assert.NotNull(track.SourceStreamAudioUrl);
                Assert.NotNull(track.SourceImageUrl);
                Assert.False(string.IsNullOrEmpty(track.Title));
                Assert.False(string.IsNullOrEmpty(track.Tags));
                Assert.False(string.IsNullOrEmpty(track.ModelName));
                Assert.NotNull(track.CreatedAt);
            }

            Assert.Equal("generate", done.OperationType);
            Assert.Null(done.ErrorCode);
            Assert.Null(done.ErrorMessage);
        }

        [Theory]
        [InlineData("[fail]", "GENERATE_AUDIO_FAILED")]
        [InlineData("[sensitive]", "SENSITIVE_WORD_ERROR")]
        [InlineData("[create-fail]", "CREATE_TASK_FAILED")]
        [InlineData("[callback-fail]", "CALLBACK_EXCEPTION")]
        public async Task Failed_tasks_carry_the_apis_error_code_and_message(string magic, string status)
        {
            await using var s = await Start();
            var id = await s.Client.GenerateMusicAsync(SimpleRequest("A song " + magic));
            s.Emulator.State.AdvanceClock(1000);

            var task = await s.Client.GetTaskAsync(id);

            Assert.Equal(status, task.Status);
            Assert.True(task.IsFailed);
            Assert.False(task.IsCompleted);
            Assert.NotNull(task.ErrorCode);
            Assert.False(string.IsNullOrWhiteSpace(task.ErrorMessage));
        }

        [Fact]
        public async Task The_duration_magic_word_sets_the_track_length()
        {
            await using var s = await Start();
            var id = await s.Client.GenerateMusicAsync(SimpleRequest("Short one [duration:7]"));
            s.Emulator.State.AdvanceClock(1000);

            var task = await s.Client.GetTaskAsync(id);

            Assert.All(task.Tracks, t => Assert.InRange(t.Duration!.Value, 6.9, 7.1)); // whole MP3 frames
        }

        [Fact]
        public async Task Many_ids_are_read_in_input_order_with_failures_in_their_slots()
        {
            await using var s = await Start();
            var seeded = s.Seed(6);
            var ids = seeded.Take(3).Concat(new[] { "nope-1" }).Concat(seeded.Skip(3)).Concat(new[] { "nope-2" }).ToList();

            // Several reads in flight at once, as a pipeline of ids does: one unknown id loses none of the others.
            var results = await Http.ReadPacerTests.ReadAll(s.Client, ids, maxConcurrency: 3);

            Assert.Equal(ids, results.Select(r => r.Id));
            Assert.Equal(ids.Where(i => !i.StartsWith("nope")), results.Where(r => r.Task != null).Select(r => r.Task!.TaskId));
            Assert.All(results.Where(r => r.Id.StartsWith("nope")), r =>
            {
                Assert.Null(r.Task);
                Assert.Equal(Errors.SunoErrorKind.TaskNotFound, r.Error!.Kind);
                Assert.Equal(r.Id, r.Error.Target);
            });
            Assert.Equal(8, s.Requests(RecordInfoPath));
        }

        [Fact]
        public async Task Seeded_states_are_read_as_they_are()
        {
            await using var s = await Start();
            foreach (var status in new[] { "PENDING", "TEXT_SUCCESS", "FIRST_SUCCESS", "SUCCESS", "GENERATE_AUDIO_FAILED", "SENSITIVE_WORD_ERROR" })
            {
                var id = s.Seed(1, status)[0];
                var task = await s.Client.GetTaskAsync(id);
                Assert.Equal(status, task.Status);
                Assert.Equal(id, task.TaskId);
            }
        }
    }
}
