using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>Writes the body exactly as it came.</summary>
    internal sealed class PassThroughSink : IBodySink
    {
        private readonly Stream _destination;

        public PassThroughSink(Stream destination)
        {
            _destination = destination;
        }

        // The partial file is opened for synchronous writes (PartialFile.OpenWrite): written at once, not awaited.
        public Task WriteAsync(byte[] buffer, int count, CancellationToken cancellationToken)
        {
            _destination.Write(buffer, 0, count);
            return Task.CompletedTask;
        }

        public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
