using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>A task reader for the downloader that records which task, of which family, it was asked for.</summary>
    internal sealed class RecordingReader
    {
        private readonly Func<SunoTaskReference, CancellationToken, Task<SunoTask>> _read;

        public RecordingReader(Func<SunoTaskReference, CancellationToken, Task<SunoTask>> read)
        {
            _read = read;
        }

        public RecordingReader(Func<SunoTaskReference, SunoTask> answer) : this((r, _) => Task.FromResult(answer(r)))
        {
        }

        /// <summary>A reader the test says must not be used.</summary>
        public static RecordingReader Unused() => new RecordingReader(r => throw new InvalidOperationException("No task read was expected, yet " + r.Family + " task " + r.TaskId + " was read."));

        public ConcurrentQueue<SunoTaskReference> Asked { get; } = new ConcurrentQueue<SunoTaskReference>();

        /// <summary>The records it gave, in order.</summary>
        public ConcurrentQueue<SunoTask> Given { get; } = new ConcurrentQueue<SunoTask>();

        public async Task<SunoTask> ReadAsync(SunoTaskReference reference, CancellationToken cancellationToken)
        {
            Asked.Enqueue(reference);
            var task = await _read(reference, cancellationToken);
            Given.Enqueue(task);
            return task;
        }
    }
}
