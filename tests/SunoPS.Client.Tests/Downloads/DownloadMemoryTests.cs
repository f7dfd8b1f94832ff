using System;
using System.Threading.Tasks;
using SunoPS.Emulator;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>Runs alone: the allocation counter is process-wide, so parallel tests would blur it.</summary>
    [CollectionDefinition(nameof(DownloadMemoryTests), DisableParallelization = true)]
    public sealed class DownloadMemoryCollection
    {
    }

    [Collection(nameof(DownloadMemoryTests))]
    public sealed class DownloadMemoryTests
    {
        [Fact]
        public async Task Memory_stays_flat_in_the_file_size()
        {
            await using var f = await DownloadFixture.StartAsync();
            var id = f.State.SeedTasks(new SeedTasksRequest { Count = 1, Status = "SUCCESS", TrackSeconds = 600 })[0];
            var song = DownloadFixture.Song(await f.Session.Client.GetTaskAsync(id));
            var request = f.Request(song);
            request.Tag = false; // the tagger is not the streaming path

            var before = GC.GetTotalAllocatedBytes(precise: true);
            var result = await f.Downloader.DownloadAsync(request);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

            Assert.True(result.Bytes > 9_000_000, "a 10-minute track at 128 kbps is about 9.6 MB");
            // Emulator and client share this process and both stream: together they allocate far less than
            // the file (about 0.5 MB for 9.6 MB when measured).
            Assert.True(allocated < result.Bytes / 4, $"allocated {allocated} bytes for a {result.Bytes}-byte file");
        }
    }
}
