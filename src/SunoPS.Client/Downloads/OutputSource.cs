using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// The output a download fetches, and the one chance to renew its URL: file hosts expire links (403/404/410,
    /// or 441 on the API's own host), and reading the output's own task record again (a WAV's from the WAV
    /// family, a song's from the music family) gives fresh ones.
    /// </summary>
    internal sealed class OutputSource
    {
        private readonly Func<SunoTaskReference, CancellationToken, Task<SunoTask>> _readTask;

        public OutputSource(Func<SunoTaskReference, CancellationToken, Task<SunoTask>> readTask, SunoTaskOutput output, SunoTask? task)
        {
            _readTask = readTask;
            Output = output;
            var taskId = string.IsNullOrEmpty(output.TaskId) ? task?.TaskId ?? "" : output.TaskId;
            Reference = new SunoTaskReference(taskId, output.Family);
            // A task of another id or family says nothing about this output.
            Task = task != null && Reference.Equals(task.Reference) ? task : null;
        }

        public SunoTaskOutput Output { get; private set; }

        /// <summary>The task the output belongs to, when known; after a refresh, the record just read.</summary>
        public SunoTask? Task { get; private set; }

        /// <summary>The output's task: where its record is read.</summary>
        public SunoTaskReference Reference { get; }

        public bool Refreshed { get; private set; }

        public static bool IsExpiredStatus(int status) => status == 403 || status == 404 || status == 410 || status == 441;

        /// <summary>Reads the task record of the output's family; the one read for the metadata file when none is known.</summary>
        public Task<SunoTask> ReadTaskAsync(CancellationToken cancellationToken) => _readTask(Reference, cancellationToken);

        /// <summary>Reads the task record again, once; true when it gives this output a different URL.</summary>
        public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
        {
            if (Refreshed) return false;
            Refreshed = true;
            if (string.IsNullOrEmpty(Reference.TaskId)) return false;

            SunoTask record;
            try
            {
                record = await _readTask(Reference, cancellationToken).ConfigureAwait(false);
            }
            catch (SunoException e)
            {
                throw new SunoException(SunoErrorKind.DownloadFailed,
                    "The file URL of " + OutputDescription.Of(Output) + " has expired, and reading " + Reference.Family +
                    " task " + Reference.TaskId + " again for a new one failed: " + e.Message, e)
                { Target = Output.Url };
            }

            var fresh = Find(record, Output);
            if (fresh == null) return false;
            var changed = !string.IsNullOrEmpty(fresh.Url) && !string.Equals(fresh.Url, Output.Url, StringComparison.Ordinal);
            Output = fresh;
            Task = record;
            return changed;
        }

        /// <summary>
        /// The output in <paramref name="record"/> that is <paramref name="known"/>: same kind, id and stem, and
        /// the same index when several match. What the new record lacks (a WAV record has no title) is kept.
        /// </summary>
        internal static SunoTaskOutput? Find(SunoTask record, SunoTaskOutput known)
        {
            var matches = record.Outputs
                .Where(o => o.Kind == known.Kind)
                .Where(o => string.IsNullOrEmpty(known.Id) || string.Equals(o.Id, known.Id, StringComparison.OrdinalIgnoreCase))
                .Where(o => string.Equals(o.StemName, known.StemName, StringComparison.OrdinalIgnoreCase))
                .ToList();
            var found = matches.Count == 1 ? matches[0] : matches.FirstOrDefault(o => o.Index == known.Index);
            if (found == null) return null;

            var fresh = found.Clone();
            fresh.Title ??= known.Title;
            fresh.Track ??= known.Track;
            fresh.Duration ??= known.Duration;
            return fresh;
        }
    }
}
