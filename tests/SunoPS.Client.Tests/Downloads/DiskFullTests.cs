using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using SunoPS.Client.Errors;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>A full disk fails the download at once, as a disk problem, never as a network error retried.</summary>
    public sealed class DiskFullTests
    {
        /// <summary>A real partial file on a disk that is full after its first bytes, as ENOSPC (or Windows' codes) reports it.</summary>
        private sealed class FullDisk : FileStream
        {
            private readonly int _code;
            private long _written;

            public FullDisk(string path, int code)
                : base(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, useAsync: false)
            {
                _code = code;
            }

            private void Spend(int count)
            {
                _written += count;
                if (_written > 1024) throw new IOException("No space left on device", _code);
            }

            public override void Write(byte[] array, int offset, int count)
            {
                Spend(count);
                base.Write(array, offset, count);
            }

            public override void Write(ReadOnlySpan<byte> buffer)
            {
                Spend(buffer.Length);
                base.Write(buffer);
            }

            public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            {
                Spend(count);
                return base.WriteAsync(buffer, offset, count, cancellationToken);
            }

            public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
            {
                Spend(buffer.Length);
                return base.WriteAsync(buffer, cancellationToken);
            }
        }

        [Theory]
        [InlineData(28)] // ENOSPC
        [InlineData(unchecked((int)0x80070070))] // ERROR_DISK_FULL
        [InlineData(unchecked((int)0x80070027))] // ERROR_HANDLE_DISK_FULL
        public async Task A_full_disk_fails_at_once_with_disk_full_and_leaves_no_file(int code)
        {
            await using var f = await DownloadFixture.StartAsync(o => o.OpenFile = path => new FullDisk(path, code));
            var song = DownloadFixture.Song(await f.FinishedTaskAsync());
            var before = f.State.Stats.FilesRequests;

            var e = await Assert.ThrowsAsync<SunoException>(() => f.Downloader.DownloadAsync(f.AudioRequest(song)));

            Assert.Equal(SunoErrorKind.DownloadFailed, e.Kind);
            Assert.Contains("disk is full", e.Message);
            Assert.Equal(1, e.Attempts);
            Assert.Equal(before + 1, f.State.Stats.FilesRequests);
            Assert.Empty(f.FilesInFolder());
        }
    }
}
