using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NAudio.Midi;
using SunoPS.Client.Downloads;
using SunoPS.Client.Errors;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using Xunit;
using static SunoPS.Client.Tests.Support.EmulatorSessionExtensions;

namespace SunoPS.Client.Tests.Families
{
    /// <summary>Separation, MIDI and the voice families through the client against the real emulator.</summary>
    public sealed class StemsMidiVoiceEndToEndTests
    {
        // The clock only moves when a test advances it.
        private static Task<EmulatorSession> Start() => EmulatorSession.StartAsync(o =>
        {
            o.ClockSpeed = 0.0001;
            o.DefaultTrackSeconds = 3;
        });

        private static async Task<SunoTask> FinishedMusic(EmulatorSession s, string prompt = "A funky bass groove")
        {
            var id = await s.Client.GenerateMusicAsync(SimpleRequest(prompt));
            s.Emulator.State.AdvanceClock(1000);
            return await s.Client.GetTaskAsync(id);
        }

        private static async Task<SunoTask> Finished(EmulatorSession s, SunoSubmission request, double seconds = 120)
        {
            var submitted = await s.Client.SubmitAsync(request);
            s.Emulator.State.AdvanceClock(seconds);
            var done = await s.Client.GetTaskAsync(submitted.Reference);
            done.CarryFrom(submitted);
            return done;
        }

        private static string NewFolder() => Path.Combine(Path.GetTempPath(), "sunops-stems-" + Guid.NewGuid().ToString("N"));

        [Fact]
        public async Task Stems_are_saved_one_mp3_per_stem_and_midi_of_them_as_a_mid_with_the_records_notes()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s);
            var track = music.Tracks[0];
            var split = await Finished(s, new SeparateRequest { TaskId = music.TaskId, AudioId = track.Id, Mode = SunoSeparationMode.SplitStem, SourceTitle = track.Title });

            Assert.Equal(SunoTaskState.Succeeded, split.State);
            Assert.Equal(5, split.Outputs.Count);
            var folder = NewFolder();
            try
            {
                var planner = new OutputPathPlanner(folder);
                var downloader = s.Client.CreateDownloader();
                foreach (var stem in split.Outputs)
                {
                    var target = planner.PathFor(stem, split);
                    Assert.Equal(track.Title + " - " + stem.StemName + " - " + stem.Id.Substring(0, 8) + ".mp3", Path.GetFileName(target));
                    var result = await downloader.DownloadAsync(new OutputDownloadRequest(stem, target) { Task = split });
                    Assert.Equal(DownloadStatus.Downloaded, result.Status);
                    Assert.Equal(stem.Duration!.Value, result.MeasuredSeconds!.Value, 2);
                }

                var midi = await Finished(s, new MidiRequest { TaskId = split.TaskId, SourceTitle = split.Title });
                Assert.Equal(SunoTaskState.Succeeded, midi.State);
                Assert.True(midi.NoteCount > 0);
                var output = Assert.Single(midi.Outputs);
                var midiPath = planner.PathFor(output, midi);
                Assert.EndsWith(".mid", midiPath);
                var saved = await downloader.DownloadAsync(new OutputDownloadRequest(output, midiPath) { Task = midi, SaveMetadata = true });

                Assert.Equal(DownloadStatus.Downloaded, saved.Status);
                var file = new MidiFile(midiPath, true);
                Assert.Equal(midi.NoteCount, SunoPS.Client.Downloads.Formats.MidiFormat.CountNotes(file));
                Assert.Equal(midi.Midi!.Instruments.Count + 1, file.Tracks);
                Assert.Equal(midi.RawRecord, File.ReadAllText(saved.MetadataPath!));
                Assert.Equal(7, Directory.GetFiles(folder).Length); // five stems, the .mid and its record: nothing partial
            }
            finally
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public async Task An_expired_stem_link_is_renewed_from_the_separation_record()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s);
            var split = await Finished(s, new SeparateRequest { TaskId = music.TaskId, AudioId = music.Tracks[0].Id });
            Assert.True(s.Emulator.State.ExpireFiles(split.TaskId, 410));
            var folder = NewFolder();
            try
            {
                var stem = split.Outputs[1];
                var result = await s.Client.CreateDownloader().DownloadAsync(new OutputDownloadRequest(stem, Path.Combine(folder, "i.mp3")) { Task = split });
                Assert.True(result.UrlRefreshed);
                Assert.Equal(DownloadStatus.Downloaded, result.Status);
            }
            finally
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public async Task Midi_of_a_vocal_separation_is_refused_by_the_api_as_invalid()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s);
            var vocal = await Finished(s, new SeparateRequest { TaskId = music.TaskId, AudioId = music.Tracks[0].Id });

            var e = await Assert.ThrowsAsync<SunoException>(() => s.Client.SubmitAsync(new MidiRequest { TaskId = vocal.TaskId }));
            Assert.Equal(SunoErrorKind.InvalidRequest, e.Kind);
            Assert.Equal(400, e.ApiCode);
        }

        [Fact]
        public async Task A_voice_goes_from_validation_to_an_available_voice_id()
        {
            await using var s = await Start();
            var validation = await Finished(s, new VoiceValidationRequest { VoiceUrl = "https://files.example/me.mp3", VocalStartS = 1, VocalEndS = 20 }, 30);
            Assert.Equal("wait_validating", validation.ApiStatus);
            Assert.False(string.IsNullOrEmpty(validation.ValidationPhrase));

            var again = await Finished(s, new VoiceRegenerateRequest { TaskId = validation.TaskId }, 30);
            Assert.NotEqual(validation.ValidationPhrase, again.ValidationPhrase);

            var voice = await s.Client.SubmitAsync(new VoiceGenerateRequest { TaskId = again.TaskId, VerifyUrl = "https://files.example/phrase.mp3", VoiceName = "Mine" });
            Assert.False((await s.Client.CheckVoiceAsync(voice.TaskId)).IsAvailable);
            s.Emulator.State.AdvanceClock(30);
            var done = await s.Client.GetTaskAsync(voice.Reference);
            Assert.Equal(SunoTaskState.Succeeded, done.State);
            Assert.StartsWith("voice_", done.VoiceId);
            Assert.True((await s.Client.CheckVoiceAsync(voice.TaskId)).IsAvailable);

            var unknown = await Assert.ThrowsAsync<SunoException>(() => s.Client.CheckVoiceAsync("ffffffffffffffffffffffffffffffff"));
            Assert.Equal(SunoErrorKind.TaskNotFound, unknown.Kind);
        }
    }
}
