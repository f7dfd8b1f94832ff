using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using SunoPS.Client.Errors;
using SunoPS.Client.Polling;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using Xunit;
using static SunoPS.Client.Tests.Support.EmulatorSessionExtensions;

namespace SunoPS.Client.Tests.Families
{
    /// <summary>The WAV family through the client against the real emulator: submit, read, wait, save, and its refusals.</summary>
    public sealed class WavEndToEndTests
    {
        // The clock only moves when a test advances it; tracks of 2 s at 8 kHz mono make WAVs of 32 KB.
        private static Task<EmulatorSession> Start() => EmulatorSession.StartAsync(o =>
        {
            o.ClockSpeed = 0.0001;
            o.DefaultTrackSeconds = 2;
            o.WavSeconds = 15;
            o.WavSampleRate = 8000;
            o.WavChannels = 1;
        });

        private static async Task<SunoTask> FinishedMusic(EmulatorSession s, string prompt = "A calm piano track")
        {
            var id = await s.Client.GenerateMusicAsync(SimpleRequest(prompt));
            s.Emulator.State.AdvanceClock(1000);
            var music = await s.Client.GetTaskAsync(id);
            Assert.True(music.IsCompleted);
            return music;
        }

        [Fact]
        public async Task A_track_is_converted_waited_for_and_saved_as_a_verified_wav()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s);
            var track = music.Tracks[0];

            var submitted = await s.Client.SubmitAsync(new ConvertToWavRequest { TaskId = music.TaskId, AudioId = track.Id, SourceTitle = track.Title });
            Assert.Equal(SunoTaskFamily.Wav, submitted.Family);
            Assert.Equal(SunoTaskState.Pending, submitted.State);

            var pending = await s.Client.GetTaskAsync(submitted.Reference);
            Assert.Equal("PENDING", pending.ApiStatus);
            Assert.Empty(pending.Outputs);
            Assert.Equal(track.Id, pending.SourceAudioId);

            s.Emulator.State.AdvanceClock(20);
            SunoTask? reached = null;
            using (var waiter = new TaskWaiter(s.Client, new WaitSettings { PollInterval = TimeSpan.FromMilliseconds(50) },
                       e => { if (e.Kind == WaitEventKind.Reached) reached = e.Task; }))
            {
                waiter.Add(submitted.Reference, submitted);
                waiter.CompleteAdding();
                await waiter.RunAsync(default);
            }

            Assert.NotNull(reached);
            Assert.Equal(SunoTaskState.Succeeded, reached!.State);
            Assert.Equal(track.Title, reached.Title); // carried from the submitted task: the WAV record has no title
            var wav = Assert.Single(reached.Outputs);
            Assert.Equal(SunoOutputKind.Wav, wav.Kind);

            var folder = Path.Combine(Path.GetTempPath(), "sunops-wav-" + Guid.NewGuid().ToString("N"));
            try
            {
                var target = new OutputPathPlanner(folder).PathFor(wav, reached);
                Assert.EndsWith(".wav", target);
                var result = await s.Client.CreateDownloader().DownloadAsync(new OutputDownloadRequest(wav, target) { Task = reached, SaveMetadata = true });

                Assert.Equal(DownloadStatus.Downloaded, result.Status);
                var bytes = File.ReadAllBytes(target);
                Assert.Equal("RIFF", Encoding.ASCII.GetString(bytes, 0, 4));
                Assert.Equal("WAVE", Encoding.ASCII.GetString(bytes, 8, 4));
                // The track's length, to the sample, as 16-bit mono at 8 kHz behind the 44-byte header.
                Assert.Equal(44 + (long)Math.Round(track.Duration!.Value * 8000) * 2, bytes.Length);
                Assert.Equal(reached.RawRecord, File.ReadAllText(result.MetadataPath!));
                Assert.Equal(2, Directory.GetFiles(folder).Length); // the WAV and its record, nothing partial
            }
            finally
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public async Task A_second_wav_of_the_same_track_is_already_exists()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s);
            var request = new ConvertToWavRequest { TaskId = music.TaskId, AudioId = music.Tracks[0].Id };
            await s.Client.SubmitAsync(request);

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.SubmitAsync(request));
            Assert.Equal(SunoErrorKind.AlreadyExists, e.Kind);
            Assert.Equal(409, e.ApiCode);
        }

        [Fact]
        public async Task A_failed_conversion_is_a_failed_task_with_the_family_failure()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s, "A song [wav-fail]");
            var submitted = await s.Client.SubmitAsync(new ConvertToWavRequest { TaskId = music.TaskId, AudioId = music.Tracks[0].Id });

            s.Emulator.State.AdvanceClock(20);
            var failed = await s.Client.GetTaskAsync(submitted.Reference);

            Assert.Equal(SunoTaskState.Failed, failed.State);
            Assert.Equal("GENERATE_WAV_FAILED", failed.Status);
            Assert.NotNull(failed.ErrorCode);
            Assert.DoesNotContain(failed.Outputs, o => o.IsAvailable);
        }

        [Fact]
        public async Task A_wav_task_id_read_as_music_is_not_found()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s);
            var submitted = await s.Client.SubmitAsync(new ConvertToWavRequest { TaskId = music.TaskId, AudioId = music.Tracks[0].Id });

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.GetTaskAsync(submitted.TaskId));
            Assert.Equal(SunoErrorKind.TaskNotFound, e.Kind);
        }
    }
}
