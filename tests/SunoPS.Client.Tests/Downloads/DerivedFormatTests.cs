using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using SunoPS.Client.Errors;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>
    /// What the video, cover-art and recovery files are checked for: MP4/M4A by their ISO media boxes, pictures by their
    /// signature, a recovered M4A never as MP3; and how they are named in a folder.
    /// </summary>
    public sealed class DerivedFormatTests : IDisposable
    {
        private static readonly byte[] Png = { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13 };
        private static readonly byte[] Jpeg = { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0 };

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "sunops-derived-" + Guid.NewGuid().ToString("N"));
        private readonly FakeFileHost _host = new FakeFileHost();

        [Fact]
        public void A_well_formed_mp4_passes_and_each_defect_is_named()
        {
            Assert.Null(Problem(IsoMediaFiles.Mp4()));
            Assert.Null(Problem(IsoMediaFiles.M4a()));
            Assert.Contains("no ftyp", Problem(IsoMediaFiles.Join(IsoMediaFiles.Moov(), IsoMediaFiles.Mdat())));
            Assert.Contains("no moov", Problem(IsoMediaFiles.Join(IsoMediaFiles.Ftyp(), IsoMediaFiles.Mdat())));
            Assert.Contains("cut short", Problem(IsoMediaFiles.Mp4().Take(3000).ToArray()));
            Assert.Contains("not an MP4", Problem(Enumerable.Range(0, 64).Select(i => (byte)i).ToArray()));
            Assert.Contains("empty", Problem(new byte[0]));
        }

        [Fact]
        public async Task A_body_that_is_no_mp4_is_fetched_again_then_refused_and_nothing_is_left()
        {
            var html = System.Text.Encoding.ASCII.GetBytes("<html>expired</html>");
            _host.Serve("/v/x.mp4", FakeFileHost.File(html, "video/mp4"), FakeFileHost.File(IsoMediaFiles.Mp4(), "video/mp4"));
            var video = OutputPathPlannerTests.Output(SunoOutputKind.Video, "85510000", "Rain", FakeFileHost.Url("/v/x.mp4"), family: SunoTaskFamily.Video);

            var result = await Downloader().DownloadAsync(Request(video));

            Assert.Equal(2, result.Attempts);
            Assert.Equal(IsoMediaFiles.Mp4(), File.ReadAllBytes(result.Path));

            _host.Serve("/v/y.mp4", FakeFileHost.File(html, "video/mp4"));
            var bad = OutputPathPlannerTests.Output(SunoOutputKind.Video, "85510001", "Rain", FakeFileHost.Url("/v/y.mp4"), family: SunoTaskFamily.Video);
            var e = await Assert.ThrowsAsync<SunoException>(() => Downloader().DownloadAsync(Request(bad)));
            Assert.Equal(SunoErrorKind.DownloadFailed, e.Kind);
            Assert.Single(Directory.GetFiles(_folder)); // only the good video
        }

        [Fact]
        public async Task A_recovered_m4a_is_checked_by_its_boxes_and_never_tagged()
        {
            _host.Serve("/r/song.m4a", FakeFileHost.File(IsoMediaFiles.M4a(), "audio/mp4"));
            var song = OutputPathPlannerTests.Output(SunoOutputKind.Audio, "3bc30000-48fc", "Sunrise Love", FakeFileHost.Url("/r/song.m4a"), family: SunoTaskFamily.Recovery);
            var request = Request(song);
            Assert.True(request.Tag);

            var result = await Downloader().DownloadAsync(request);

            Assert.Equal(IsoMediaFiles.M4a(), File.ReadAllBytes(result.Path)); // as sent: no ID3 tag ahead of it
            Assert.Equal("Sunrise Love - 3bc30000.m4a", Path.GetFileName(result.Path));
            Assert.Null(result.MeasuredSeconds);
        }

        [Fact]
        public async Task A_recovered_m4a_that_is_an_mp3_or_cut_short_is_refused()
        {
            _host.Serve("/r/bad.m4a", FakeFileHost.File(Mp3DurationTests.Frames(48000, 128, 50), "audio/mp4"));
            var song = OutputPathPlannerTests.Output(SunoOutputKind.Audio, "3bc30000-48fc", "Sunrise Love", FakeFileHost.Url("/r/bad.m4a"), family: SunoTaskFamily.Recovery);

            var e = await Assert.ThrowsAsync<SunoException>(() => Downloader().DownloadAsync(Request(song)));

            Assert.Equal(SunoErrorKind.DownloadFailed, e.Kind);
            Assert.False(Directory.Exists(_folder) && Directory.GetFiles(_folder).Length > 0);
        }

        [Theory]
        [InlineData("/i/a.png", "png")]
        [InlineData("/i/b.jpeg", "jpeg")]
        [InlineData("/i/c", "png")] // no extension: named .jpg, any picture accepted
        public async Task A_picture_is_accepted_by_its_signature(string path, string kind)
        {
            var body = kind == "png" ? Png : Jpeg;
            _host.Serve(path, FakeFileHost.File(body, "image/" + kind));
            var image = OutputPathPlannerTests.Output(SunoOutputKind.Image, "21aee3c3", "Cover", FakeFileHost.Url(path), family: SunoTaskFamily.CoverArt);

            var result = await Downloader().DownloadAsync(Request(image));

            Assert.Equal(body, File.ReadAllBytes(result.Path));
        }

        [Theory]
        [InlineData("<html>not found</html>")]
        [InlineData("JPEG")] // a .png URL whose body is a JPEG: refused rather than saved misnamed
        public async Task A_body_that_is_not_the_picture_its_url_names_is_refused(string body)
        {
            var bytes = body == "JPEG" ? Jpeg : System.Text.Encoding.ASCII.GetBytes(body);
            _host.Serve("/i/x.png", FakeFileHost.File(bytes, "image/png"));
            var image = OutputPathPlannerTests.Output(SunoOutputKind.Image, "21aee3c3", "Cover", FakeFileHost.Url("/i/x.png"), family: SunoTaskFamily.CoverArt);

            var e = await Assert.ThrowsAsync<SunoException>(() => Downloader().DownloadAsync(Request(image)));

            Assert.Equal(SunoErrorKind.DownloadFailed, e.Kind);
        }

        [Theory]
        [InlineData(SunoOutputKind.Lyrics, SunoTaskFamily.Lyrics, null, 2, "Night City - Lyrics 2 - 11dc8b0f.txt")]
        [InlineData(SunoOutputKind.Image, SunoTaskFamily.CoverArt, "https://f.test/s/1.png", 1, "Night City - Image 1 - 11dc8b0f.png")]
        [InlineData(SunoOutputKind.Video, SunoTaskFamily.Video, "https://f.test/s/v.mp4", 1, "Night City - Video - 11dc8b0f.mp4")]
        [InlineData(SunoOutputKind.Audio, SunoTaskFamily.Recovery, "https://f.test/s/r.m4a", 1, "Night City - 11dc8b0f.m4a")]
        [InlineData(SunoOutputKind.Audio, SunoTaskFamily.Recovery, "https://f.test/s/r.mp3", 1, "Night City - 11dc8b0f.mp3")]
        public void Files_are_named_by_title_kind_and_number(SunoOutputKind kind, SunoTaskFamily family, string? url, int index, string name)
        {
            var output = OutputPathPlannerTests.Output(kind, "11dc8b0f9999", "Night City", url, index, family: family);

            Assert.Equal(name, Path.GetFileName(new OutputPathPlanner(_folder).PathFor(output)));
        }

        [Fact]
        public void A_tracks_own_cover_keeps_the_tracks_name()
        {
            var cover = OutputPathPlannerTests.Output(SunoOutputKind.Image, "6471dc8b-0883", "Rain", "https://f.test/a.jpeg");

            Assert.Equal("Rain - 6471dc8b.jpg", Path.GetFileName(new OutputPathPlanner(_folder).PathFor(cover)));
        }

        private string? Problem(byte[] bytes)
        {
            Directory.CreateDirectory(_folder);
            var path = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
            File.WriteAllBytes(path, bytes);
            return IsoMediaFile.Problem(path);
        }

        private OutputDownloader Downloader() =>
            new OutputDownloader(new FileHostClient("tests", _host), new OutputDownloadOptions
            {
                RetryBaseDelay = TimeSpan.FromMilliseconds(5),
                MaxRetryDelay = TimeSpan.FromMilliseconds(20),
            }, RecordingReader.Unused().ReadAsync);

        private OutputDownloadRequest Request(SunoTaskOutput output) =>
            new OutputDownloadRequest(output, new OutputPathPlanner(_folder).PathFor(output));

        public void Dispose()
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
    }
}
