using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using SunoPS.Client.Errors;
using SunoPS.Client.Tests.Support;
using SunoPS.Emulator;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>Downloads end: past the size a file's playing time allows, below a minimum throughput, at the file's deadline.</summary>
    public sealed class BoundedDownloadTests
    {
        private static SunoTaskOutput Song(string url, double? seconds) => new SunoTaskOutput
        {
            Kind = SunoOutputKind.Audio,
            Family = SunoTaskFamily.Music,
            Id = "track-bounded",
            TaskId = "task-bounded",
            Url = url,
            Duration = seconds,
        };

        private static string NewFolder() => Path.Combine(Path.GetTempPath(), "sunops-bounded-" + Guid.NewGuid().ToString("N"));

        private static string[] FilesIn(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder) : new string[0];

        [Fact]
        public async Task An_endless_body_for_a_ten_second_track_is_stopped_and_leaves_no_file()
        {
            using var server = new HostileFileServer(async (context, self) =>
            {
                context.Response.ContentType = "audio/mpeg";
                context.Response.SendChunked = true; // no Content-Length: only reading tells
                var chunk = new byte[64 * 1024];
                for (long i = 0; i < 400L * 1024 * 1024 / chunk.Length; i++) await self.WriteAsync(context, chunk);
                context.Response.Close();
            });
            var folder = NewFolder();
            try
            {
                var downloader = HostileFileServer.Downloader();
                var request = new OutputDownloadRequest(Song(server.Url("song.mp3"), 10), Path.Combine(folder, "song.mp3")) { Tag = false };

                var e = await Assert.ThrowsAsync<SunoException>(() => downloader.DownloadAsync(request));

                Assert.Equal(SunoErrorKind.DownloadFailed, e.Kind);
                Assert.Contains("10 s file", e.Message);
                Assert.Empty(FilesIn(folder));
                Assert.Equal(1, server.Requests); // not retried: a bigger body will not get smaller
                Assert.True(server.BytesSent < 64L * 1024 * 1024, server.BytesSent + " bytes were sent before the client stopped reading");
            }
            finally
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, true);
            }
        }

        [Fact]
        public async Task A_content_length_past_the_limit_is_refused_before_the_body_is_read()
        {
            using var server = new HostileFileServer(async (context, self) =>
            {
                context.Response.ContentType = "audio/mpeg";
                context.Response.ContentLength64 = 400L * 1024 * 1024;
                await self.WriteAsync(context, new byte[1024]);
                context.Response.Abort();
            });
            var folder = NewFolder();
            var downloader = HostileFileServer.Downloader();
            var request = new OutputDownloadRequest(Song(server.Url("song.mp3"), 10), Path.Combine(folder, "song.mp3")) { Tag = false };

            var e = await Assert.ThrowsAsync<SunoException>(() => downloader.DownloadAsync(request));

            Assert.Equal(SunoErrorKind.DownloadFailed, e.Kind);
            Assert.Contains("419430400 bytes", e.Message);
            Assert.Empty(FilesIn(folder));
        }

        [Fact]
        public async Task A_drip_that_brings_too_little_in_a_window_is_abandoned()
        {
            var clock = new ManualClock();
            await using var f = await DownloadFixture.StartAsync(o =>
            {
                o.Clock = clock;
                o.MaxAttempts = 1;
            });
            var song = DownloadFixture.Song(await f.FinishedTaskAsync());
            f.FilesFault(FaultKind.Slow, count: -1, bytesPerSecond: 32); // data keeps coming: no read ever times out
            var started = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

            var download = f.Downloader.DownloadAsync(f.AudioRequest(song), p =>
            {
                if (p.Kind == DownloadProgressKind.Received) started.TrySetResult(true);
            });
            await started.Task.WaitAsync(TimeSpan.FromSeconds(20));
            clock.Advance(TimeSpan.FromSeconds(30));

            var e = await Assert.ThrowsAsync<SunoException>(() => download).WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(SunoErrorKind.DownloadFailed, e.Kind);
            Assert.Contains("too slow", e.Message);
            Assert.Empty(f.FilesInFolder());
        }

        [Fact]
        public async Task The_file_deadline_ends_a_download_that_keeps_going()
        {
            var clock = new ManualClock();
            await using var f = await DownloadFixture.StartAsync(o =>
            {
                o.Clock = clock;
                o.FileTimeout = TimeSpan.FromSeconds(60);
                o.MinimumBytesPerWindow = 0; // only the deadline can end it
            });
            var song = DownloadFixture.Song(await f.FinishedTaskAsync());
            f.FilesFault(FaultKind.Slow, count: -1, bytesPerSecond: 2000);
            var started = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

            var download = f.Downloader.DownloadAsync(f.AudioRequest(song), p =>
            {
                if (p.Kind == DownloadProgressKind.Received) started.TrySetResult(true);
            });
            await started.Task.WaitAsync(TimeSpan.FromSeconds(20));
            clock.Advance(TimeSpan.FromSeconds(61));

            var e = await Assert.ThrowsAsync<SunoException>(() => download).WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(SunoErrorKind.DownloadFailed, e.Kind);
            Assert.Contains("60 s", e.Message);
            Assert.Empty(f.FilesInFolder());
        }
    }
}
