using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using SunoPS.Client.Errors;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using SunoPS.Client.Uploads;
using Xunit;
using static SunoPS.Client.Tests.Support.EmulatorSessionExtensions;

namespace SunoPS.Client.Tests.Families
{
    /// <summary>
    /// Uploads and the music family's other endpoints through the client against the real emulator: the bytes
    /// arrive intact, the URL the host returns is what the request carries, and the tasks finish like generations.
    /// </summary>
    public sealed class MusicUploadEndToEndTests
    {
        private static Task<EmulatorSession> Start() => EmulatorSession.StartAsync(o =>
        {
            o.ClockSpeed = 0.0001;
            o.DefaultTrackSeconds = 30;
        });

        private static async Task<SunoTask> Finished(EmulatorSession s, string taskId)
        {
            s.Emulator.State.AdvanceClock(1000);
            var task = await s.Client.GetTaskAsync(taskId);
            Assert.True(task.IsCompleted, task.Status);
            return task;
        }

        [Fact]
        public async Task A_file_is_uploaded_intact_covered_extended_and_saved()
        {
            await using var s = await Start();
            var folder = Path.Combine(Path.GetTempPath(), "sunops-up-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                // A real MP3 to upload: a generated track, saved.
                var music = await Finished(s, await s.Client.GenerateMusicAsync(SimpleRequest()));
                var local = Path.Combine(folder, "source.mp3");
                await s.Client.CreateDownloader().DownloadAsync(new OutputDownloadRequest(music.Tracks[0].ToOutput(), local) { Tag = false });
                var seconds = AudioFileLength.Measure(local);
                Assert.Equal(music.Tracks[0].Duration!.Value, seconds!.Value, 1);

                var uploaded = await s.Client.UploadAsync(new SunoUploadRequest { Path = local });
                Assert.Equal(new FileInfo(local).Length, uploaded.FileSize);
                using (var http = new HttpClient())
                {
                    Assert.Equal(File.ReadAllBytes(local), await http.GetByteArrayAsync(uploaded.DownloadUrl));
                }

                var cover = await s.Client.SubmitAsync(new UploadCoverRequest
                    { UploadUrl = uploaded.DownloadUrl, CustomMode = true, Instrumental = true, Style = "Jazz", Title = "Blue", Model = "V4", SourceDuration = seconds });
                var covered = await Finished(s, cover.TaskId);
                Assert.Equal("upload_cover", covered.OperationType);
                Assert.Equal(uploaded.DownloadUrl, covered.Parameters["uploadUrl"]);

                var extension = await s.Client.SubmitAsync(new ExtendMusicRequest
                {
                    AudioId = covered.Tracks[0].Id, Model = covered.Model, UseCustomParameters = true, Prompt = "[Outro]", Style = "Jazz", Title = "Blue II",
                    ContinueAt = 10, SourceDuration = covered.Tracks[0].Duration,
                });
                var extended = await Finished(s, extension.TaskId);
                Assert.Equal("extend", extended.OperationType);
                Assert.Equal(covered.Tracks[0].Id, extended.ParentMusicId);
                Assert.Equal(2, extended.Tracks.Count);

                var target = Path.Combine(folder, "extended.mp3");
                var result = await s.Client.CreateDownloader().DownloadAsync(new OutputDownloadRequest(extended.Tracks[0].ToOutput(), target) { Task = extended, SaveLyrics = true });
                Assert.Equal(DownloadStatus.Downloaded, result.Status);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public async Task The_emulator_refuses_what_the_client_would_have_refused()
        {
            await using var s = await Start();
            var music = await Finished(s, await s.Client.GenerateMusicAsync(SimpleRequest()));

            // Sent with the module's checks bypassed (no known length): the API's own rule answers.
            var error = await Assert.ThrowsAsync<SunoException>(() => s.Client.SubmitAsync(new ExtendMusicRequest
            {
                AudioId = music.Tracks[0].Id, Model = music.Model, UseCustomParameters = true, Prompt = "p", Style = "s", Title = "t", ContinueAt = 500,
            }));

            Assert.Equal(SunoErrorKind.InvalidRequest, error.Kind);
            Assert.Contains("continueAt", error.Message);
        }

        [Fact]
        public async Task Synchronous_helpers_answer_against_the_emulator()
        {
            await using var s = await Start();
            var id = await s.Client.GenerateMusicAsync(new GenerateMusicRequest
                { CustomMode = true, Style = "Folk", Title = "Road", Prompt = "[Verse]\nLong road home\n[Chorus]\nSing it loud" });
            var music = await Finished(s, id);
            var track = music.Tracks[0];

            var lyrics = await s.Client.GetTimestampedLyricsAsync(music.TaskId, track.Id);
            Assert.Equal(new[] { "Long", "road", "home", "Sing", "it", "loud" }, lyrics.Words.Select(w => w.Word));
            Assert.Equal("Chorus", lyrics.Words.Single(w => w.Word == "Sing").Section);
            Assert.Contains("]Long road home\n", lyrics.ToLrc());

            var persona = await s.Client.CreatePersonaAsync(new PersonaRequest { TaskId = music.TaskId, AudioId = track.Id, Name = "Ava", Description = "Warm" });
            Assert.False(string.IsNullOrEmpty(persona.PersonaId));
            var again = await Assert.ThrowsAsync<SunoException>(() =>
                s.Client.CreatePersonaAsync(new PersonaRequest { TaskId = music.TaskId, AudioId = track.Id, Name = "Ava", Description = "Warm" }));
            Assert.Equal(SunoErrorKind.AlreadyExists, again.Kind);

            var before = await s.Client.GetCreditsAsync();
            var boost = await s.Client.BoostStyleAsync("Pop, Mysterious");
            Assert.True(boost.CreditsConsumed > 0 && boost.CreditsConsumed < 1);
            Assert.True(boost.CreditsRemaining < before);
        }
    }
}
