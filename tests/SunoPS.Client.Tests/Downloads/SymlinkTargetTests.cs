using System.IO;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>Overwriting replaces a dangling symbolic link itself, never creating or writing the file it points at.</summary>
    public sealed class SymlinkTargetTests
    {
        [Fact]
        public async Task Overwrite_replaces_a_dangling_symlink_itself()
        {
            await using var f = await DownloadFixture.StartAsync();
            var song = DownloadFixture.Song(await f.FinishedTaskAsync());
            var request = f.AudioRequest(song);
            request.Overwrite = true;
            Directory.CreateDirectory(f.Folder);
            var elsewhere = Path.Combine(Path.GetTempPath(), "sunops-nowhere-" + System.Guid.NewGuid().ToString("N"), "target.mp3");
            File.CreateSymbolicLink(request.DestinationPath, elsewhere);

            var result = await f.Downloader.DownloadAsync(request);

            Assert.Equal(DownloadStatus.Downloaded, result.Status);
            Assert.Null(new FileInfo(request.DestinationPath).LinkTarget); // a regular file now
            Assert.False(File.Exists(elsewhere));
            Assert.Equal(DownloadFixture.TrackSeconds, Mp3Duration.Measure(request.DestinationPath)!.Seconds, 1);
        }
    }
}
