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

        public Task WriteAsync(byte[] buffer, int count, CancellationToken cancellationToken) =>
            _destination.WriteAsync(buffer, 0, count, cancellationToken);

        public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
