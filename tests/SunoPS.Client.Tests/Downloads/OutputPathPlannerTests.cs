using System;
using System.IO;
using System.Linq;
using SunoPS.Client.Downloads;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>File names for outputs of every kind: the extension of their kind, one name per thing, never outside the folder.</summary>
    public sealed class OutputPathPlannerTests
    {
        private const string TrackId = "6471dc8b-0883-47bc-bc5e-11fa0c4316af";
        private static readonly string Folder = Path.Combine(Path.GetTempPath(), "sunops-plan");

        [Theory]
        [InlineData(SunoOutputKind.Audio, "https://f.test/s/a.mp3", ".mp3")]
        [InlineData(SunoOutputKind.Audio, "https://f.test/s/a", ".mp3")]
        [InlineData(SunoOutputKind.Audio, "https://cdn.test/r/a.m4a?token=x", ".m4a")] // recovered songs keep M4A
        [InlineData(SunoOutputKind.Audio, "https://f.test/s/a.exe", ".mp3")]
        [InlineData(SunoOutputKind.Stream, "https://f.test/stream/a", ".mp3")]
        [InlineData(SunoOutputKind.Stem, "https://f.test/s/x_Vocals.mp3", ".mp3")]
        [InlineData(SunoOutputKind.Wav, "https://f.test/s/a.wav", ".wav")]
        [InlineData(SunoOutputKind.Wav, "https://f.test/s/a", ".wav")]
        [InlineData(SunoOutputKind.Video, "https://f.test/s/a.mp4", ".mp4")]
        [InlineData(SunoOutputKind.Image, "https://f.test/s/c.jpeg", ".jpg")]
        [InlineData(SunoOutputKind.Image, "https://f.test/s/c.PNG?sig=1", ".png")]
        [InlineData(SunoOutputKind.Image, "https://f.test/s/c", ".jpg")]
        [InlineData(SunoOutputKind.Midi, null, ".mid")]
        [InlineData(SunoOutputKind.Lyrics, null, ".txt")]
        [InlineData(SunoOutputKind.Lrc, null, ".lrc")]
        public void The_extension_follows_the_kind(SunoOutputKind kind, string? url, string extension)
        {
            var output = Output(kind, TrackId, "Rain", url);

            Assert.Equal(extension, OutputPathPlanner.ExtensionFor(output));
            // The name's pattern given, since the default one names lyrics, videos and cover art by kind too (DerivedFormatTests).
            var planner = new OutputPathPlanner(Folder, FileNameTemplate.Parse(FileNameTemplate.DefaultPattern));
            Assert.Equal("Rain - 6471dc8b" + extension, Path.GetFileName(planner.PathFor(output)));
        }

        [Fact]
        public void Every_kind_has_a_format()
        {
            foreach (SunoOutputKind kind in Enum.GetValues(typeof(SunoOutputKind)))
            {
                Assert.StartsWith(".", OutputPathPlanner.ExtensionFor(Output(kind, "id", "t", null)));
            }
        }

        [Fact]
        public void A_tracks_mp3_wav_and_cover_share_its_name_and_another_track_of_that_name_does_not()
        {
            var planner = new OutputPathPlanner(Folder, FileNameTemplate.Parse("{Title}"));
            var mp3 = planner.PathFor(Output(SunoOutputKind.Audio, TrackId, "Rain", "https://f.test/a.mp3"));
            var wav = planner.PathFor(Output(SunoOutputKind.Wav, TrackId, "Rain", "https://f.test/a.wav", family: SunoTaskFamily.Wav, taskId: "wav1"));
            var cover = planner.PathFor(Output(SunoOutputKind.Image, TrackId, "Rain", "https://f.test/a.jpeg"));
            var other = planner.PathFor(Output(SunoOutputKind.Wav, "bbbbbbbb-other", "Rain", "https://f.test/b.wav", family: SunoTaskFamily.Wav, taskId: "wav2"));

            Assert.Equal(new[] { "Rain.mp3", "Rain.wav", "Rain.jpg", "Rain (2).wav" }, new[] { mp3, wav, cover, other }.Select(Path.GetFileName));
        }

        [Fact]
        public void The_same_output_asked_twice_gets_the_same_path()
        {
            var planner = new OutputPathPlanner(Folder);
            var output = Output(SunoOutputKind.Wav, TrackId, "Rain", "https://f.test/a.wav", family: SunoTaskFamily.Wav);

            var first = planner.PathFor(output);

            Assert.Equal(first, planner.PathFor(output));
            Assert.Equal(first, planner.PathFor(Output(SunoOutputKind.Wav, TrackId, "Rain", "https://f.test/renewed.wav", family: SunoTaskFamily.Wav)));
        }

        [Fact]
        public void Outputs_without_an_id_are_told_apart_by_their_index()
        {
            var planner = new OutputPathPlanner(Folder, FileNameTemplate.Parse("{Title}"));
            var one = planner.PathFor(Output(SunoOutputKind.Image, "", "Cover", "https://f.test/1.png", index: 1, family: SunoTaskFamily.CoverArt));
            var two = planner.PathFor(Output(SunoOutputKind.Image, "", "Cover", "https://f.test/2.png", index: 2, family: SunoTaskFamily.CoverArt));

            Assert.Equal("Cover.png", Path.GetFileName(one));
            Assert.Equal("Cover (2).png", Path.GetFileName(two));
        }

        [Fact]
        public void Stems_are_named_by_their_stem_unless_a_template_says_otherwise()
        {
            var vocals = Output(SunoOutputKind.Stem, "3d7021c9-fa8b", "Rain", "https://f.test/v.mp3", stem: "Vocals", family: SunoTaskFamily.Separation);
            var drums = Output(SunoOutputKind.Stem, "d92a13bf-c6f4", "Rain", "https://f.test/d.mp3", stem: "Drums", family: SunoTaskFamily.Separation);
            var planner = new OutputPathPlanner(Folder);

            Assert.Equal("Rain - Vocals - 3d7021c9.mp3", Path.GetFileName(planner.PathFor(vocals)));
            Assert.Equal("Rain - Drums - d92a13bf.mp3", Path.GetFileName(planner.PathFor(drums)));
            Assert.Equal("Rain Stem Vocals.mp3",
                Path.GetFileName(new OutputPathPlanner(Folder, FileNameTemplate.Parse("{Title} {Kind} {StemName}")).PathFor(vocals)));
        }

        [Fact]
        public void The_title_falls_back_to_the_tasks_then_the_tracks()
        {
            var task = SunoTask.Parse("{\"taskId\":\"t1\",\"status\":\"SUCCESS\",\"response\":{\"sunoData\":[{\"id\":\"" + TrackId + "\",\"title\":\"Track title\"}]}}");
            var song = DownloadFixture.Song(task);
            var wav = Output(SunoOutputKind.Wav, TrackId, null, "https://f.test/a.wav", family: SunoTaskFamily.Wav);
            var titled = new SunoTask { TaskId = "w1", Family = SunoTaskFamily.Wav, Title = "Task title" };
            wav.Track = song.Track;
            var template = FileNameTemplate.Parse("{Title}");

            Assert.Equal("Task title", template.Expand(wav, titled));
            Assert.Equal("Track title", template.Expand(wav));
            wav.Track = null;
            Assert.Equal("Untitled", template.Expand(wav));
        }

        [Theory]
        [InlineData("../../etc/x")]
        [InlineData(@"..\..\evil")]
        [InlineData("/abs")]
        public void Stem_names_and_titles_never_leave_the_folder(string hostile)
        {
            var stem = Output(SunoOutputKind.Stem, "id", hostile, "https://f.test/v.mp3", stem: hostile, family: SunoTaskFamily.Separation);

            var path = new OutputPathPlanner(Folder).PathFor(stem);

            Assert.Equal(Path.GetFullPath(Folder), Path.GetDirectoryName(path));
            Assert.EndsWith(".mp3", path);
        }

        internal static SunoTaskOutput Output(SunoOutputKind kind, string id, string? title, string? url, int index = 1, string? stem = null,
            SunoTaskFamily family = SunoTaskFamily.Music, string taskId = "task1") => new SunoTaskOutput
        {
            Kind = kind,
            Id = id,
            Title = title,
            Url = url,
            Index = index,
            StemName = stem,
            Family = family,
            TaskId = taskId,
        };
    }
}
