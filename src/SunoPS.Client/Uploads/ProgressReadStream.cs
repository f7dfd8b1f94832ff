using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Uploads
{
    /// <summary>A read-only view of a file that reports how far the HTTP stack has read it.</summary>
    internal sealed class ProgressReadStream : Stream
    {
        private readonly Stream _inner;
        private readonly Action<long>? _report;
        private long _read;

        public ProgressReadStream(Stream inner, Action<long>? report)
        {
            _inner = inner;
            _report = report;
        }

        public override bool CanRead => true;
        public override bool CanSeek => _inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => _inner.Length;

        public override long Position
        {
            get => _inner.Position;
            set
            {
                _inner.Position = value;
                _read = value;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => Counted(_inner.Read(buffer, offset, count));

        // A file read from the page cache is cheaper done at once, on the thread sending, than handed to another and awaited.
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(Counted(_inner.Read(buffer, offset, count)));
        }

        private int Counted(int n)
        {
            if (n > 0)
            {
                _read += n;
                _report?.Invoke(_read);
            }

            return n;
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            var at = _inner.Seek(offset, origin);
            _read = at;
            return at;
        }

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
