using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NAudio.Midi;
using SunoPS.Client.Callbacks;
using SunoPS.Client.Downloads;
using SunoPS.Client.Downloads.Formats;
using SunoPS.Client.Tests.Downloads;
using Xunit;

namespace SunoPS.Client.Tests.Callbacks
{
    /// <summary>
    /// The documented callback bodies of §6, verbatim, give the same outputs a record read gives: stems named by stem,
    /// the MIDI notes (saved as a .mid that reads back), the video, the pictures, the lyrics (saved as .txt) and the
    /// recovered audio. What needs no file is saved without a request.
    /// </summary>
    public sealed class CallbackOutputTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "sunops-callback-outputs-" + Guid.NewGuid().ToString("N"));
        private readonly FakeFileHost _host = new FakeFileHost();

        // §6.4 says split_stem adds these fields (and origin_url ""); the docs print no whole body, so this one is built from that list.
        private const string SplitStemComplete = """{"code":200,"data":{"task_id":"ss01","vocal_removal_info":{"backing_vocals_url":"https://f.test/s/bv.mp3","bass_url":"https://f.test/s/bass.mp3","brass_url":"https://f.test/s/brass.mp3","drums_url":"https://f.test/s/drums.mp3","fx_url":"https://f.test/s/fx.mp3","guitar_url":"https://f.test/s/guitar.mp3","keyboard_url":"https://f.test/s/keys.mp3","origin_url":"","percussion_url":"https://f.test/s/perc.mp3","strings_url":"https://f.test/s/strings.mp3","synth_url":"https://f.test/s/synth.mp3","vocal_url":"https://f.test/s/vocal.mp3","woodwinds_url":null}},"msg":"vocal Removal generated successfully."}""";

        [Fact]
        public void Separate_vocal_gives_two_primary_stems_named_by_stem()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.SeparationComplete);

            Assert.All(task.Outputs, o => Assert.Equal((SunoOutputKind.Stem, SunoTaskFamily.Separation, task.TaskId, true), (o.Kind, o.Family, o.TaskId, o.IsPrimary)));
            Assert.Equal(
                new (string?, string?)[]
                {
                    ("Instrumental", "https://file.aiquickdraw.com/s/d92a13bf-c6f4-4ade-bb47-f69738435528_Instrumental.mp3"),
                    ("Vocals", "https://file.aiquickdraw.com/s/3d7021c9-fa8b-4eda-91d1-3b9297ddb172_Vocals.mp3"),
                },
                task.Outputs.Select(o => (o.StemName, o.Url)).OrderBy(o => o.StemName));
            Assert.Equal(new[] { 1, 2 }, task.Outputs.Select(o => o.Index));
        }

        [Fact]
        public void Split_stem_gives_one_stem_per_url_field_and_none_for_origin_url_or_a_null_field()
        {
            var task = CallbackReader.Read(SplitStemComplete);

            Assert.Equal(SunoTaskState.Succeeded, task.State);
            Assert.Equal(
                new[] { "Backing Vocals", "Bass", "Brass", "Drums", "FX", "Guitar", "Keyboard", "Percussion", "Strings", "Synth", "Vocals" },
                task.Outputs.Select(o => o.StemName));
            Assert.All(task.Outputs, o => Assert.Equal(SunoOutputKind.Stem, o.Kind));
            Assert.Equal("https://f.test/s/vocal.mp3", task.Outputs.Single(o => o.StemName == "Vocals").Url);
        }

        [Fact]
        public void A_failed_separation_video_cover_or_wav_has_no_outputs()
        {
            foreach (var body in new[] { DocumentedCallbacks.SeparationFailed, DocumentedCallbacks.VideoFailed, DocumentedCallbacks.CoverArtFailed, DocumentedCallbacks.WavFailed, DocumentedCallbacks.LyricsError })
            {
                var task = CallbackReader.Read(body);
                Assert.Equal(SunoTaskState.Failed, task.State);
                Assert.Empty(task.Outputs);
            }
        }

        [Fact]
        public async Task Midi_gives_its_notes_as_one_output_saved_as_a_mid_that_reads_back_without_a_request()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.MidiComplete);

            var output = Assert.Single(task.Outputs);
            Assert.Equal((SunoOutputKind.Midi, (string?)null, true), (output.Kind, output.Url, output.IsPrimary));
            Assert.Same(task.Midi, output.Content);
            Assert.Equal(6, task.NoteCount);
            Assert.Equal(new[] { "Drums", "Electric Bass (finger)" }, task.Midi!.Instruments.Select(i => i.Name));
            var first = task.Midi.Instruments[0].Notes[0];
            Assert.Equal((73, 0.036458333333333336, 0.18229166666666666, 1.0), (first.Pitch, first.Start, first.End, first.Velocity));
            Assert.Equal(7.911458333333333, output.Duration);

            var result = await Downloader().DownloadAsync(new OutputDownloadRequest(output, new OutputPathPlanner(_folder).PathFor(output, task)) { Task = task });

            Assert.Equal(DownloadStatus.Downloaded, result.Status);
            Assert.EndsWith(".mid", result.Path);
            var file = new MidiFile(result.Path, true);
            Assert.Equal(6, MidiFormat.CountNotes(file));
            Assert.Equal(task.Midi.Instruments.Count + 1, file.Tracks);
            Assert.Empty(_host.Requests);
        }

        [Fact]
        public void Video_gives_its_mp4()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.VideoComplete);

            var video = Assert.Single(task.Outputs);
            Assert.Equal((SunoOutputKind.Video, "https://example.com/videos/video_847715e66259.mp4", "taskId_774b9aa0422f", 1, true),
                (video.Kind, video.Url, video.TaskId, video.Index, video.IsPrimary));
        }

        [Fact]
        public void Cover_art_gives_its_pictures_in_order()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.CoverArtComplete);

            Assert.Equal(
                new (SunoOutputKind, int, string?)[]
                {
                    (SunoOutputKind.Image, 1, "https://tempfile.aiquickdraw.com/s/1753958521_6c1b3015141849d1a9bf17b738ce9347.png"),
                    (SunoOutputKind.Image, 2, "https://tempfile.aiquickdraw.com/s/1753958524_c153143acc6340908431cf0e90cbce9e.png"),
                },
                task.Outputs.Select(o => (o.Kind, o.Index, o.Url)));
            Assert.All(task.Outputs, o => Assert.True(o.IsPrimary));
            Assert.Null(task.ErrorCode); // 200 is cover art's "no error"
        }

        [Fact]
        public async Task Lyrics_give_each_variants_text_saved_as_txt_without_a_request()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.LyricsComplete);

            Assert.Equal(
                new (string?, string?, int)[] { ("[Verse]\n我穿越城市黑暗夜\n心中燃烧梦想的烈火", "钢铁侠", 1), ("[Verse]\n风在呼唤我名字\n钢铁盔甲闪得刺眼", "钢铁侠", 2) },
                task.Outputs.Select(o => (o.Text, o.Title, o.Index)));
            Assert.All(task.Outputs, o => Assert.Equal((SunoOutputKind.Lyrics, (string?)null), (o.Kind, o.Url)));
            Assert.Equal("钢铁侠", task.Title);

            var planner = new OutputPathPlanner(_folder);
            foreach (var output in task.Outputs)
            {
                var result = await Downloader().DownloadAsync(new OutputDownloadRequest(output, planner.PathFor(output, task)) { Task = task });
                Assert.Equal(DownloadStatus.Downloaded, result.Status);
                Assert.EndsWith(".txt", result.Path);
                Assert.Equal(Encoding.UTF8.GetBytes(output.Text!), File.ReadAllBytes(result.Path));
            }

            Assert.Equal(2, Directory.GetFiles(_folder).Length);
            Assert.Empty(_host.Requests);
        }

        [Fact]
        public void Recovery_gives_the_recovered_audio_under_the_original_id()
        {
            var task = CallbackReader.Read(DocumentedCallbacks.Recovery);

            var audio = Assert.Single(task.Outputs);
            Assert.Equal((SunoOutputKind.Audio, "https://example.com/****.m4a", "3bc3****48fc", "Sunrise Love", 1, true),
                (audio.Kind, audio.Url, audio.Id, audio.Title, audio.Index, audio.IsPrimary));
            Assert.Null(task.ErrorMessage);
        }

        [Fact]
        public void A_recovery_with_a_failed_track_keeps_the_others_and_names_the_failure()
        {
            var task = CallbackReader.Read("""{"code":200,"msg":"success","task_id":"r1","data":[{"id":"a1","audio_url":"","title":"One","status":"failed","error":"clip_error"},{"id":"a2","audio_url":"https://f.test/r/2.m4a","title":"Two","status":"success","error":""}]}""");

            var audio = Assert.Single(task.Outputs);
            Assert.Equal(("a2", 2), (audio.Id, audio.Index));
            Assert.Equal("track a1 ('One'): clip_error", task.ErrorMessage);
        }

        [Fact]
        public void Voice_callbacks_give_the_phrase_and_the_voice_id_and_no_files()
        {
            var validation = CallbackReader.Read(DocumentedCallbacks.VoiceValidation);
            Assert.Equal("Please record this validation phrase clearly.", validation.ValidationPhrase);
            Assert.Empty(validation.Outputs);
            Assert.Null(validation.ErrorCode); // 0 is the voice families' "no error"

            var voice = CallbackReader.Read(DocumentedCallbacks.VoiceSuccess);
            Assert.Equal("voice_xxx", voice.VoiceId);
            Assert.Empty(voice.Outputs);
        }

        private OutputDownloader Downloader() =>
            new OutputDownloader(new FileHostClient("tests", _host), new OutputDownloadOptions(), RecordingReader.Unused().ReadAsync);

        public void Dispose()
        {
            _host.Dispose();
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
    }
}
