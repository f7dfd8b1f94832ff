using System.Linq;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>A duration that cannot be one is treated as unknown, with a warning, never silently.</summary>
    public sealed class BogusDurationTests
    {
        [Theory]
        [InlineData(double.NaN)]
        [InlineData(double.PositiveInfinity)]
        [InlineData(double.NegativeInfinity)]
        [InlineData(-5.0)]
        public async Task A_bogus_duration_is_unknown_and_warned_about(double duration)
        {
            await using var f = await DownloadFixture.StartAsync();
            var song = DownloadFixture.Song(await f.FinishedTaskAsync()).Clone();
            song.Duration = duration;

            var result = await f.Downloader.DownloadAsync(f.AudioRequest(song));

            Assert.Equal(DownloadStatus.Downloaded, result.Status);
            var warning = Assert.Single(result.Warnings);
            Assert.Contains("treated as unknown", warning);
            Assert.Equal(DownloadFixture.TrackSeconds, result.MeasuredSeconds!.Value, 1);
        }

        [Fact]
        public void The_size_limit_of_a_bogus_duration_is_the_kinds_own()
        {
            var unknown = DownloadSizeLimit.For(SunoOutputKind.Audio, null);
            Assert.Equal(unknown, DownloadSizeLimit.For(SunoOutputKind.Audio, double.NaN));
            Assert.Equal(unknown, DownloadSizeLimit.For(SunoOutputKind.Audio, -5));
            Assert.Equal(unknown, DownloadSizeLimit.For(SunoOutputKind.Audio, double.PositiveInfinity));
            Assert.True(DownloadSizeLimit.For(SunoOutputKind.Audio, 10) < 8 * 1024 * 1024);
        }
    }
}
