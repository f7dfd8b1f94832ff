using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NAudio.Midi;
using SunoPS.Client.Callbacks;
using SunoPS.Client.Downloads;
using SunoPS.Client.Downloads.Formats;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using Xunit;
using static SunoPS.Client.Tests.Support.EmulatorSessionExtensions;

namespace SunoPS.Client.Tests.Callbacks
{
    /// <summary>
    /// Every family's callback, as the emulator posts it, read by the client: the same task and outputs a record read
    /// gives at the end (stems by name, MIDI notes, video, pictures, lyrics, recovered audio, the voice's phrase and id),
    /// and the files saved from the callback alone are whole.
    /// </summary>
    public sealed class EmulatorFamilyCallbackTests : IDisposable
    {
        private readonly LocalServer _receiver = new LocalServer(_ => (200, "{\"status\":\"received\"}", null));
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "sunops-family-callbacks-" + Guid.NewGuid().ToString("N"));

        private string Hook => _receiver.Uri + "hook";

        // The clock only moves when a test advances it.
        private static Task<EmulatorSession> Start() => EmulatorSession.StartAsync(o =>
        {
            o.ClockSpeed = 0.0001;
            o.DefaultTrackSeconds = 3;
            o.CallbackRetrySeconds = 0;
        });

        private static async Task<SunoTask> FinishedMusic(EmulatorSession s, string prompt = "A funky bass groove")
        {
            var id = await s.Client.GenerateMusicAsync(SimpleRequest(prompt));
            s.Emulator.State.AdvanceClock(1000);
            return await s.Client.GetTaskAsync(id);
        }

        /// <summary>Submits, lets the task end, and reads it both ways: from its posted callback and from its record.</summary>
        private static async Task<(SunoTask FromCallback, SunoTask FromRecord)> BothWays(EmulatorSession s, SunoSubmission request, string stage = "complete")
        {
            var submitted = await s.Client.SubmitAsync(request);
            s.Emulator.State.AdvanceClock(200);
            var posted = await EmulatorCallbacks.Posted(s, submitted.TaskId, stage);
            var fromCallback = CallbackReader.Read(posted.Body!);
            var fromRecord = await s.Client.GetTaskAsync(submitted.Reference);
            Assert.Equal((fromRecord.Family, fromRecord.TaskId, fromRecord.ApiStatus, fromRecord.Status, fromRecord.State),
                (fromCallback.Family, fromCallback.TaskId, fromCallback.ApiStatus, fromCallback.Status, fromCallback.State));
            return (fromCallback, fromRecord);
        }

        private async Task<OutputDownloadResult> Save(EmulatorSession s, SunoTask task, SunoTaskOutput output)
        {
            var result = await s.Client.CreateDownloader().DownloadAsync(new OutputDownloadRequest(output, new OutputPathPlanner(_folder).PathFor(output, task)) { Task = task });
            Assert.Equal(DownloadStatus.Downloaded, result.Status);
            Assert.False(result.UrlRefreshed);
            return result;
        }

        [Fact]
        public async Task A_split_stem_callback_gives_the_stems_by_name_saved_whole_and_its_midi_callback_the_notes_saved_as_a_mid()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s);
            var (split, splitRecord) = await BothWays(s, new SeparateRequest
            {
                TaskId = music.TaskId, AudioId = music.Tracks[0].Id, Mode = SunoSeparationMode.SplitStem, CallbackUrl = Hook,
            });

            Assert.Equal(SunoTaskFamily.Separation, split.Family);
            Assert.Equal(splitRecord.Outputs.Select(o => (o.Kind, o.StemName, o.Url)).OrderBy(o => o.StemName),
                split.Outputs.Select(o => (o.Kind, o.StemName, o.Url)).OrderBy(o => o.StemName));
            Assert.Equal(new[] { "Bass", "Drums", "Guitar", "Keyboard", "Vocals" }, split.Outputs.Select(o => o.StemName).OrderBy(n => n));
            foreach (var stem in split.Outputs)
            {
                var saved = await Save(s, split, stem);
                Assert.EndsWith(".mp3", saved.Path);
                Assert.Contains(stem.StemName!, Path.GetFileName(saved.Path));
                Assert.Equal(music.Tracks[0].Duration!.Value, saved.MeasuredSeconds!.Value, 1);
            }

            var (midi, midiRecord) = await BothWays(s, new MidiRequest { TaskId = split.TaskId, CallbackUrl = Hook });
            Assert.True(midi.NoteCount > 0);
            Assert.Equal(midiRecord.NoteCount, midi.NoteCount);
            Assert.Equal(
                midiRecord.Midi!.Instruments.SelectMany(i => i.Notes.Select(n => (i.Name, n.Pitch, n.Start, n.End, n.Velocity))),
                midi.Midi!.Instruments.SelectMany(i => i.Notes.Select(n => (i.Name, n.Pitch, n.Start, n.End, n.Velocity))));
            var output = Assert.Single(midi.Outputs);
            var mid = await Save(s, midi, output);
            Assert.EndsWith(".mid", mid.Path);
            Assert.Equal(midi.NoteCount, MidiFormat.CountNotes(new MidiFile(mid.Path, true)));
            Assert.Equal(6, Directory.GetFiles(_folder).Length); // five stems and the .mid: nothing partial
        }

        [Fact]
        public async Task A_split_stem_advanced_callback_gives_its_stem_with_the_records_id_and_name()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s);
            var (advanced, record) = await BothWays(s, new SeparateRequest
            {
                TaskId = music.TaskId, AudioId = music.Tracks[0].Id, Mode = SunoSeparationMode.SplitStemAdvanced, StemName = "Piano", CallbackUrl = Hook,
            });

            var stem = Assert.Single(advanced.Outputs);
            Assert.Equal((SunoOutputKind.Stem, "Piano"), (stem.Kind, stem.StemName));
            Assert.Equal(record.Outputs.Select(o => (o.Id, o.StemName, o.Url, o.Duration)), advanced.Outputs.Select(o => (o.Id, o.StemName, o.Url, o.Duration)));
        }

        [Fact]
        public async Task Video_cover_art_lyrics_and_recovery_callbacks_give_the_records_outputs_and_their_files_save_whole()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s);

            var (video, videoRecord) = await BothWays(s, new VideoRequest { TaskId = music.TaskId, AudioId = music.Tracks[1].Id, CallbackUrl = Hook });
            Assert.Equal(videoRecord.Outputs.Select(o => (o.Kind, o.Url)), video.Outputs.Select(o => (o.Kind, o.Url)));
            Assert.EndsWith(".mp4", (await Save(s, video, Assert.Single(video.Outputs))).Path);

            var (cover, coverRecord) = await BothWays(s, new CoverArtRequest { TaskId = music.TaskId, CallbackUrl = Hook });
            Assert.Equal(2, cover.Outputs.Count);
            Assert.Equal(coverRecord.Outputs.Select(o => (o.Kind, o.Index, o.Url)), cover.Outputs.Select(o => (o.Kind, o.Index, o.Url)));
            foreach (var image in cover.Outputs) Assert.EndsWith(".png", (await Save(s, cover, image)).Path);

            var (lyrics, lyricsRecord) = await BothWays(s, new LyricsRequest { Prompt = "A song about the sea", CallbackUrl = Hook });
            Assert.Equal(2, lyrics.Outputs.Count);
            Assert.Equal(lyricsRecord.Outputs.Select(o => (o.Kind, o.Index, o.Title, o.Text)), lyrics.Outputs.Select(o => (o.Kind, o.Index, o.Title, o.Text)));
            foreach (var text in lyrics.Outputs) Assert.Equal(text.Text, File.ReadAllText((await Save(s, lyrics, text)).Path));

            var (recovered, recoveryRecord) = await BothWays(s, new RecoveryRequest { SunoTaskId = music.TaskId, CallbackUrl = Hook });
            Assert.Equal(music.Tracks.Select(t => t.Id), recovered.Outputs.Select(o => o.Id));
            Assert.Equal(recoveryRecord.Outputs.Select(o => (o.Kind, o.Index, o.Id, o.Title, o.Url)), recovered.Outputs.Select(o => (o.Kind, o.Index, o.Id, o.Title, o.Url)));
            foreach (var audio in recovered.Outputs) Assert.EndsWith(".m4a", (await Save(s, recovered, audio)).Path);

            Assert.Equal(1 + 2 + 2 + 2, Directory.GetFiles(_folder).Length);
        }

        [Fact]
        public async Task Voice_callbacks_give_the_phrase_of_a_validation_and_its_regeneration_and_the_voice_id()
        {
            await using var s = await Start();
            var (validation, validationRecord) = await BothWays(s, new VoiceValidationRequest
            {
                VoiceUrl = "https://files.example/me.mp3", VocalStartS = 1, VocalEndS = 20, CallbackUrl = Hook,
            });
            Assert.Equal(SunoTaskFamily.VoiceValidation, validation.Family);
            Assert.False(string.IsNullOrEmpty(validation.ValidationPhrase));
            Assert.Equal(validationRecord.ValidationPhrase, validation.ValidationPhrase);

            var (again, againRecord) = await BothWays(s, new VoiceRegenerateRequest { TaskId = validation.TaskId, CallbackUrl = Hook });
            Assert.Equal(againRecord.ValidationPhrase, again.ValidationPhrase);
            Assert.NotEqual(validation.ValidationPhrase, again.ValidationPhrase);

            var (voice, voiceRecord) = await BothWays(s, new VoiceGenerateRequest { TaskId = again.TaskId, VerifyUrl = "https://files.example/phrase.mp3", CallbackUrl = Hook });
            Assert.StartsWith("voice_", voice.VoiceId);
            Assert.Equal(voiceRecord.VoiceId, voice.VoiceId);
            Assert.Empty(voice.Outputs);
        }

        [Fact]
        public async Task Failure_callbacks_read_as_the_same_failure_as_the_record()
        {
            await using var s = await Start();
            var music = await FinishedMusic(s, "A groove whose [separation-fail] [midi-fail] [video-fail] [cover-fail] [recovery-fail]");

            var (separation, _) = await BothWays(s, new SeparateRequest { TaskId = music.TaskId, AudioId = music.Tracks[0].Id, CallbackUrl = Hook }, "error");
            var (video, _) = await BothWays(s, new VideoRequest { TaskId = music.TaskId, AudioId = music.Tracks[0].Id, CallbackUrl = Hook }, "error");
            var (cover, _) = await BothWays(s, new CoverArtRequest { TaskId = music.TaskId, CallbackUrl = Hook }, "error");
            var (recovery, _) = await BothWays(s, new RecoveryRequest { SunoTaskId = music.TaskId, CallbackUrl = Hook }, "error");
            var (lyrics, _) = await BothWays(s, new LyricsRequest { Prompt = "Words that will [fail]", CallbackUrl = Hook }, "error");
            var (voice, _) = await BothWays(s, new VoiceValidationRequest { VoiceUrl = "https://files.example/voice-fail.mp3", VocalStartS = 1, VocalEndS = 20, CallbackUrl = Hook }, "error");

            foreach (var failed in new[] { separation, video, cover, recovery, lyrics, voice })
            {
                Assert.Equal(SunoTaskState.Failed, failed.State);
                Assert.Empty(failed.Outputs);
                Assert.NotNull(failed.ErrorMessage);
            }

            Assert.Equal(("GENERATE_AUDIO_FAILED", 400), (separation.Status, separation.ErrorCode));
            Assert.Equal(("GENERATE_MP4_FAILED", 400), (video.Status, video.ErrorCode));
            Assert.Equal(("GENERATE_COVER_FAILED", 501), (cover.Status, cover.ErrorCode));
            Assert.Equal(("RECOVERY_FAILED", 500), (recovery.Status, recovery.ErrorCode));
            Assert.Equal("GENERATE_LYRICS_FAILED", lyrics.Status);
            Assert.Equal("VALIDATE_FAILED", voice.Status);
        }

        public void Dispose()
        {
            _receiver.Dispose();
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
    }
}
