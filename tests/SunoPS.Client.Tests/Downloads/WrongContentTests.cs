using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using SunoPS.Client.Errors;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>Every output is checked for what it claims to be, whatever its URL or Content-Type says.</summary>
    public sealed class WrongContentTests
    {
        private const string Portal = "<!DOCTYPE html><html><head><title>Sign in to the Wi-Fi</title></head><body>Accept the terms</body></html>";
        private const string Json = "{\"code\":200,\"msg\":\"success\",\"data\":{\"internal\":true}}";

        [Theory]
        [InlineData(SunoOutputKind.Audio, "portal", "text/html", Portal)]
        [InlineData(SunoOutputKind.Audio, "file", "application/octet-stream", Portal)]
        [InlineData(SunoOutputKind.Audio, "internal/status", "application/json", Json)]
        [InlineData(SunoOutputKind.Stem, "stem", "audio/mpeg", Json)]
        [InlineData(SunoOutputKind.Stream, "stream.mp3", "audio/mpeg", Portal)]
        [InlineData(SunoOutputKind.Stream, "stream", "text/html", Json)]
        [InlineData(SunoOutputKind.Wav, "wav", "audio/wav", Portal)]
        [InlineData(SunoOutputKind.Video, "video.mp4", "video/mp4", Json)]
        [InlineData(SunoOutputKind.Image, "cover.png", "image/png", Portal)]
        [InlineData(SunoOutputKind.Lyrics, "lyrics.txt", "text/plain", Portal)]
        public async Task A_body_that_is_not_what_the_output_claims_is_never_downloaded(SunoOutputKind kind, string path, string contentType, string body)
        {
            using var server = new HostileFileServer((context, self) => HostileFileServer.Send(context, contentType, Encoding.UTF8.GetBytes(body)));
            var folder = Path.Combine(Path.GetTempPath(), "sunops-wrong-" + Guid.NewGuid().ToString("N"));
            try
            {
                var output = new SunoTaskOutput
                {
                    Kind = kind,
                    Family = SunoTaskFamily.Music,
                    Id = "track-wrong",
                    TaskId = "task-wrong",
                    Url = server.Url(path),
                    Duration = 10,
                };
                var request = new OutputDownloadRequest(output, Path.Combine(folder, "out.bin"));

                var e = await Assert.ThrowsAsync<SunoException>(() => HostileFileServer.Downloader().DownloadAsync(request));

                Assert.Equal(SunoErrorKind.DownloadFailed, e.Kind);
                Assert.False(Directory.Exists(folder) && Directory.GetFiles(folder).Length > 0, "a file was left in " + folder);
            }
            finally
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, true);
            }
        }
    }
}
