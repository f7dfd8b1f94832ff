using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>Takes a download's body chunk by chunk and writes it to the partial file.</summary>
    internal interface IBodySink
    {
        Task WriteAsync(byte[] buffer, int count, CancellationToken cancellationToken);

        /// <summary>At the end of the body: writes anything held back.</summary>
        Task CompleteAsync(CancellationToken cancellationToken);
    }
}
