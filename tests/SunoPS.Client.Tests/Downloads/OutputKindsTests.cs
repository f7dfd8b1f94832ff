using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using SunoPS.Client.Errors;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>The kinds besides songs and WAVs: stems checked as MP3s but never tagged, plain files as sent, text written out.</summary>
    public sealed class OutputKindsTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "sunops-kinds-" + Guid.NewGuid().ToString("N"));
        private readonly FakeFileHost _host = new FakeFileHost();

        [Fact]
        public async Task A_stem_is_checked_as_an_mp3_but_never_tagged()
        {
            var mp3 = Mp3DurationTests.Frames(48000, 128, 125); // 3 s
            _host.Serve("/s/Vocals.mp3", FakeFileHost.File(mp3, "audio/mpeg"));
            var stem = Stem("/s/Vocals.mp3", seconds: 3);
            var request = Request(stem);
            Assert.True(request.Tag);

            var result = await Downloader().DownloadAsync(request);

            Assert.Equal(mp3, File.ReadAllBytes(result.Path));
            Assert.Equal(3.0, result.MeasuredSeconds!.Value, 6);
            Assert.Equal("Rain - Vocals - 3d7021c9.mp3", Path.GetFileName(result.Path));
        }

        [Fact]
        public async Task A_stem_of_the_wrong_length_is_fetched_again()
        {
            var path = "/s/Drums.mp3";
            _host.Serve(path, FakeFileHost.File(Mp3DurationTests.Frames(48000, 128, 50), "audio/mpeg"),
                FakeFileHost.File(Mp3DurationTests.Frames(48000, 128, 125), "audio/mpeg"));

            var result = await Downloader().DownloadAsync(Request(Stem(path, seconds: 3)));

            Assert.Equal(2, result.Attempts);
            Assert.Equal(3.0, result.MeasuredSeconds!.Value, 6);
        }

        [Fact]
        public async Task An_image_is_saved_as_sent_with_the_extension_of_its_url()
        {
            var png = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 1, 2, 3 };
            _host.Serve("/s/cover-1.png", FakeFileHost.File(png, "image/png"));
            var image = OutputPathPlannerTests.Output(SunoOutputKind.Image, "", "Cover", FakeFileHost.Url("/s/cover-1.png"), family: SunoTaskFamily.CoverArt);

            var result = await Downloader().DownloadAsync(Request(image));

            Assert.Equal(png, File.ReadAllBytes(result.Path));
            Assert.EndsWith(".png", result.Path);
            Assert.Null(result.MeasuredSeconds);
        }

        [Fact]
        public async Task A_video_cut_short_against_content_length_is_fetched_again()
        {
            var video = IsoMediaFiles.Mp4();
            _host.Serve("/s/v.mp4", () =>
            {
                var response = FakeFileHost.File(video.Take(1000).ToArray(), "video/mp4")();
                response.Content.Headers.ContentLength = video.Length;
                return response;
            }, FakeFileHost.File(video, "video/mp4"));
            var output = OutputPathPlannerTests.Output(SunoOutputKind.Video, "85510000", "Rain", FakeFileHost.Url("/s/v.mp4"), family: SunoTaskFamily.Video);

            var result = await Downloader().DownloadAsync(Request(output));

            Assert.Equal(2, result.Attempts);
            Assert.Equal(video, File.ReadAllBytes(result.Path));
            Assert.EndsWith(".mp4", result.Path);
        }

        [Fact]
        public async Task Lyrics_given_as_text_are_written_without_a_request()
        {
            var lyrics = OutputPathPlannerTests.Output(SunoOutputKind.Lyrics, "", "Canción", null, family: SunoTaskFamily.Lyrics);
            lyrics.Text = "[Verse]\nLa lluvia cae ☔\n";

            var result = await Downloader().DownloadAsync(Request(lyrics));

            Assert.Equal(DownloadStatus.Downloaded, result.Status);
            Assert.EndsWith(".txt", result.Path);
            Assert.Equal(Encoding.UTF8.GetBytes(lyrics.Text), File.ReadAllBytes(result.Path)); // UTF-8, no byte-order mark
            Assert.Empty(_host.Requests);
            Assert.Equal(new[] { Path.GetFileName(result.Path) }, Directory.GetFiles(_folder).Select(p => Path.GetFileName(p)));
        }

        [Fact]
        public async Task An_output_that_is_not_there_yet_is_refused_without_a_request()
        {
            var wav = OutputPathPlannerTests.Output(SunoOutputKind.Wav, "85510000-aaaa", "Rain", null, family: SunoTaskFamily.Wav);

            var e = await Assert.ThrowsAsync<SunoException>(() => Downloader().DownloadAsync(Request(wav)));

            Assert.Equal(SunoErrorKind.TaskNotComplete, e.Kind);
            Assert.Equal("The WAV of track 85510000-aaaa has no download URL yet: its task is not finished.", e.Message);
            Assert.Same(wav, e.Target);
            Assert.Empty(_host.Requests);
        }

        [Fact]
        public async Task Messages_name_no_cmdlet_and_no_parameter()
        {
            _host.Serve("/s/gone.mp3", FakeFileHost.Status(410));
            var song = OutputPathPlannerTests.Output(SunoOutputKind.Audio, "aaaa", "Rain", FakeFileHost.Url("/s/gone.mp3"));
            var pending = OutputPathPlannerTests.Output(SunoOutputKind.Audio, "bbbb", "Rain", null);
            var noNewer = new RecordingReader(r => new SunoTask { TaskId = r.TaskId, Family = r.Family });
            var messages = new List<string>
            {
                (await Assert.ThrowsAsync<SunoException>(() => Downloader(noNewer).DownloadAsync(Request(song)))).Message,
                (await Assert.ThrowsAsync<SunoException>(() => Downloader().DownloadAsync(Request(pending)))).Message,
            };

            Assert.Contains("no newer URL", messages[0]);
            foreach (var message in messages)
            {
                Assert.DoesNotContain("-Suno", message);
                Assert.DoesNotContain(" -", message);
            }
        }

        [Fact]
        public void Refresh_finds_the_output_by_kind_id_stem_and_index()
        {
            var record = new SunoTask
            {
                TaskId = "sep1",
                Family = SunoTaskFamily.Separation,
                Outputs = new SunoTaskOutputCollection(new List<SunoTaskOutput>
                {
                    Fresh(SunoOutputKind.Stem, "s1", "Vocals", 1),
                    Fresh(SunoOutputKind.Stem, "s2", "Drums", 2),
                    Fresh(SunoOutputKind.Image, "", null, 1),
                    Fresh(SunoOutputKind.Image, "", null, 2),
                }),
            };

            Assert.Equal("https://new/s2", OutputSource.Find(record, Known(SunoOutputKind.Stem, "s2", "Drums", 2))!.Url);
            Assert.Null(OutputSource.Find(record, Known(SunoOutputKind.Stem, "s2", "Bass", 2)));
            Assert.Null(OutputSource.Find(record, Known(SunoOutputKind.Wav, "s2", null, 1)));
            var image = OutputSource.Find(record, Known(SunoOutputKind.Image, "", null, 2))!;
            Assert.Equal(2, image.Index);
            Assert.Equal("Known title", image.Title); // what the new record lacks is kept
            Assert.Null(OutputSource.Find(record, Known(SunoOutputKind.Image, "", null, 3)));
        }

        private static SunoTaskOutput Fresh(SunoOutputKind kind, string id, string? stem, int index) =>
            OutputPathPlannerTests.Output(kind, id, null, "https://new/" + (id.Length > 0 ? id : "img" + index), index, stem, SunoTaskFamily.Separation, "sep1");

        private static SunoTaskOutput Known(SunoOutputKind kind, string id, string? stem, int index) =>
            OutputPathPlannerTests.Output(kind, id, "Known title", "https://old/" + id, index, stem, SunoTaskFamily.Separation, "sep1");

        private static SunoTaskOutput Stem(string path, double seconds)
        {
            var stem = OutputPathPlannerTests.Output(SunoOutputKind.Stem, "3d7021c9-fa8b-4eda", "Rain", FakeFileHost.Url(path), stem: "Vocals",
                family: SunoTaskFamily.Separation, taskId: "sep1");
            stem.Duration = seconds;
            return stem;
        }

        private OutputDownloader Downloader(RecordingReader? reader = null) =>
            new OutputDownloader(new FileHostClient("tests", _host), new OutputDownloadOptions
            {
                RetryBaseDelay = TimeSpan.FromMilliseconds(5),
                MaxRetryDelay = TimeSpan.FromMilliseconds(20),
            }, (reader ?? RecordingReader.Unused()).ReadAsync);

        private OutputDownloadRequest Request(SunoTaskOutput output) =>
            new OutputDownloadRequest(output, new OutputPathPlanner(_folder).PathFor(output));

        public void Dispose()
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
    }
}
