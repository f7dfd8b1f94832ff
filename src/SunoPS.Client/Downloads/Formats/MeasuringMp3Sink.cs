using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>
    /// Passes an MP3 body on to the sink that writes it, walking its frames on the way: the check after the
    /// download then needs no second read of the file. It sees the body as the file host sent it; a leading tag
    /// the next sink leaves out is skipped by the walk too, so both give the same playing time.
    /// </summary>
    internal sealed class MeasuringMp3Sink : IBodySink
    {
        private readonly IBodySink _next;
        private readonly Mp3FrameWalker _walker = new Mp3FrameWalker();
        private bool _complete;

        public MeasuringMp3Sink(IBodySink next)
        {
            _next = next;
        }

        /// <summary>The measurement of the whole body once it has been completed; null before, or when it holds no MPEG audio.</summary>
        public Mp3Measurement? Measurement { get; private set; }

        /// <summary>True when the whole body went through (else the file has to be measured from disk).</summary>
        public bool Complete => _complete;

        public Task WriteAsync(byte[] buffer, int count, CancellationToken cancellationToken)
        {
            if (!_walker.Ended) _walker.Feed(buffer, 0, count);
            return _next.WriteAsync(buffer, count, cancellationToken);
        }

        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            await _next.CompleteAsync(cancellationToken).ConfigureAwait(false);
            Measurement = _walker.Complete();
            _complete = true;
        }
    }
}
