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
    /// <summary>
    /// Lyrics, Video, CoverArt and Recovery through the client against the real emulator: submit, read, wait, save
    /// verified, and their refusals. The emulated clock only moves when a test moves it.
    /// </summary>
    public sealed class DerivedEndToEndTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "sunops-derived-e2e-" + Guid.NewGuid().ToString("N"));

        private static Task<EmulatorSession> Start() => EmulatorSession.StartAsync(o =>
        {
            o.ClockSpeed = 0.0001;
            o.DefaultTrackSeconds = 2;
        });

        private static async Task<SunoTask> FinishedMusic(EmulatorSession s, string prompt = "A calm piano track")
        {
            var id = await s.Client.GenerateMusicAsync(SimpleRequest(prompt));
            s.Emulator.State.AdvanceClock(1000);
            var music = await s.Client.GetTaskAsync(id);
            Assert.True(music.IsCompleted);
            return music;
        }

        /// <summary>Waits for one task through the waiter, as Wait-SunoTask does; the clock is moved first.</summary>
        private static async Task<SunoTask> WaitFor(EmulatorSession s, SunoTask submitted)
        {
            s.Emulator.State.AdvanceClock(1000);
            SunoTask? reached = null;
            using (var waiter = new TaskWaiter(s.Client, new WaitSettings { PollInterval = TimeSpan.FromMilliseconds(50) },
                       e => { if (e.Kind == WaitEventKind.Reached) reached = e.Task; }))
            {
                waiter.Add(submitted.Reference, submitted);
                waiter.CompleteAdding();
                await waiter.RunAsync(default);
            }

            Assert.NotNull(reached);
            return reached!;
        }

        private async Task<OutputDownloadResult[]> SaveAll(EmulatorSession s, SunoTask task)
        {
            var planner = new OutputPathPlanner(_folder);
            var downloader = s.Client.CreateDownloader();
            var results = new OutputDownloadResult[task.Outputs.Count];
            for (var i = 0; i < results.Length; i++)
            {
                var output = task.Outputs[i];
                results[i] = await downloader.DownloadAsync(new OutputDownloadRequest(output, planner.PathFor(output, task)) { Task = task });
                Assert.Equal(DownloadStatus.Downloaded, results[i].Status);
            }

            return results;
        }

        [Fact]
        public async Task Lyrics_are_submitted_waited_for_and_saved_as_utf8_text()
        {
            await using var s = await Start();
            var submitted = await s.Client.SubmitAsync(new LyricsRequest { Prompt = "Café lights at night" });
            Assert.Equal(SunoTaskFamily.Lyrics, submitted.Family);
            Assert.Equal("Café lights at night", submitted.Prompt);

            var pending = await s.Client.GetTaskAsync(submitted.Reference);
            Assert.Equal("PENDING", pending.ApiStatus);
            Assert.Empty(pending.Outputs);

            var done = await WaitFor(s, submitted);
            Assert.Equal("Café lights at night", done.Prompt); // from param
            Assert.Equal(2, done.Outputs.Count);

            var saved = await SaveAll(s, done);
            Assert.All(saved, r => Assert.EndsWith(".txt", r.Path));
            Assert.Equal(done.Outputs[0].Text, File.ReadAllText(saved[0].Path, Encoding.UTF8));
            Assert.Contains(" - Lyrics 2 - ", Path.GetFileName(saved[1].Path));
            Assert.Equal(0, s.Requests("/api/v1/generate/record-info")); // read at its own endpoint only
        }

        [Fact]
        public async Task A_video_is_submitted_waited_for_saved_as_a_verified_mp4_and_a_second_one_is_already_exists()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s);
            var track = music.Tracks[1];
            var request = new VideoRequest { TaskId = music.TaskId, AudioId = track.Id, Author = "Me", SourceTitle = track.Title };

            var submitted = await s.Client.SubmitAsync(request);
            var done = await WaitFor(s, submitted);

            Assert.Equal(track.Title, done.Title); // carried: the record has none
            Assert.Equal(track.Id, done.SourceAudioId);
            var video = Assert.Single(done.Outputs);
            Assert.Equal(2, video.Index);
            var saved = Assert.Single(await SaveAll(s, done));
            Assert.Equal(track.Title + " - Video - " + track.Id.Substring(0, 8) + ".mp4", Path.GetFileName(saved.Path));
            Assert.Null(IsoMediaFile.Problem(saved.Path));

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.SubmitAsync(request));
            Assert.Equal(SunoErrorKind.AlreadyExists, e.Kind);
            Assert.Equal(409, e.ApiCode);
        }

        [Fact]
        public async Task Cover_art_is_generating_then_saved_as_verified_pngs_and_a_repeat_names_the_existing_task()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s);
            var submitted = await s.Client.SubmitAsync(new CoverArtRequest { TaskId = music.TaskId, SourceTitle = "Calm Piano" });
            Assert.Equal(music.TaskId, submitted.SourceTaskId);

            s.Emulator.State.AdvanceClock(15);
            var generating = await s.Client.GetTaskAsync(submitted.Reference);
            Assert.Equal("2", generating.ApiStatus);
            Assert.Equal(SunoTaskState.Running, generating.State);

            var done = await WaitFor(s, submitted);
            Assert.Equal("1", done.ApiStatus);
            Assert.Null(done.ErrorCode);
            Assert.Equal(music.TaskId, done.SourceTaskId);
            var saved = await SaveAll(s, done);
            Assert.Equal(new[] { "Calm Piano - Image 1 - ", "Calm Piano - Image 2 - " }, saved.Select(r => Path.GetFileName(r.Path).Substring(0, 23)));
            Assert.All(saved, r => Assert.Equal(0x89, File.ReadAllBytes(r.Path)[0]));

            var credits = s.Emulator.State.Credits;
            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.SubmitAsync(new CoverArtRequest { TaskId = music.TaskId }));
            Assert.Equal(SunoErrorKind.AlreadyExists, e.Kind);
            Assert.Equal(submitted.TaskId, e.ExistingTaskId);
            Assert.Equal(credits, s.Emulator.State.Credits);
        }

        [Fact]
        public async Task A_recovery_runs_as_code_201_then_its_m4a_tracks_are_saved_under_their_own_names()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s);
            var submitted = await s.Client.SubmitAsync(new RecoveryRequest { SunoTaskId = music.TaskId });
            Assert.Equal(SunoTaskFamily.Recovery, submitted.Family);

            var running = await s.Client.GetTaskAsync(submitted.Reference);
            Assert.Equal("201", running.ApiStatus);
            Assert.Equal(SunoTaskState.Running, running.State);
            Assert.Equal(submitted.TaskId, running.TaskId); // task_id, read by the task_id query
            Assert.Equal(1, s.Requests("/api/v1/suno/recovery/record-info"));

            var done = await WaitFor(s, submitted);
            Assert.Equal(music.Tracks.Select(t => t.Id), done.Outputs.Select(o => o.Id));
            var saved = await SaveAll(s, done);
            Assert.Equal(music.Tracks[0].Title + " - " + music.Tracks[0].Id.Substring(0, 8) + ".m4a", Path.GetFileName(saved[0].Path));
            Assert.All(saved, r => Assert.Null(IsoMediaFile.Problem(r.Path)));
        }

        [Fact]
        public async Task Recovered_mp3s_are_tagged_and_measured_like_songs()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s, "A song [recovery-mp3]");
            var done = await WaitFor(s, await s.Client.SubmitAsync(new RecoveryRequest { SunoTaskId = music.TaskId }));

            var saved = await SaveAll(s, done);

            Assert.All(saved, r => Assert.EndsWith(".mp3", r.Path));
            Assert.All(saved, r => Assert.Equal("ID3", Encoding.ASCII.GetString(File.ReadAllBytes(r.Path), 0, 3)));
            Assert.All(saved, r => Assert.Equal(2.0, r.MeasuredSeconds!.Value, 1));
        }

        [Fact]
        public async Task A_recovery_with_every_track_failed_is_a_failed_task()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s, "A song [recovery-fail]");
            var submitted = await s.Client.SubmitAsync(new RecoveryRequest { SunoTaskId = music.TaskId });
            s.Emulator.State.AdvanceClock(100);

            var failed = await s.Client.GetTaskAsync(submitted.Reference);

            Assert.Equal(SunoTaskState.Failed, failed.State);
            Assert.Equal("500", failed.ApiStatus);
            Assert.Contains("clip_error", failed.ErrorMessage);
            Assert.Empty(failed.Outputs);
        }

        [Fact]
        public async Task An_expired_video_link_is_renewed_by_reading_the_video_task_again()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s);
            var done = await WaitFor(s, await s.Client.SubmitAsync(new VideoRequest { TaskId = music.TaskId, AudioId = music.Tracks[0].Id }));
            s.Emulator.State.ExpireFiles(done.TaskId, 403);

            var saved = Assert.Single(await SaveAll(s, done));

            Assert.Null(IsoMediaFile.Problem(saved.Path));
            Assert.True(s.Requests("/api/v1/mp4/record-info") >= 2); // the wait's read, then the renewal
        }

        public void Dispose()
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
    }
}
