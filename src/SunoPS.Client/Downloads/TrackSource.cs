using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// The URLs a download uses, and the one chance to renew them: file hosts expire links (403/404/410, or 441
    /// on the API's own host), and re-reading the task record gives fresh ones.
    /// </summary>
    internal sealed class TrackSource
    {
        private readonly SunoClient _client;

        public TrackSource(SunoClient client, SunoTrack track, SunoTask? task)
        {
            _client = client;
            Track = track;
            Task = task;
        }

        public SunoTrack Track { get; private set; }
        public SunoTask? Task { get; private set; }
        public bool Refreshed { get; private set; }

        public static bool IsExpiredStatus(int status) => status == 403 || status == 404 || status == 410 || status == 441;

        /// <summary>Reads the task record again; true when it gives this track a different audio URL.</summary>
        public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
        {
            if (Refreshed) return false;
            Refreshed = true;
            var taskId = string.IsNullOrEmpty(Track.TaskId) ? Task?.TaskId : Track.TaskId;
            if (string.IsNullOrEmpty(taskId)) return false;

            SunoTask record;
            try
            {
                record = await _client.GetTaskAsync(taskId!, cancellationToken).ConfigureAwait(false);
            }
            catch (SunoException e)
            {
                throw new SunoException(SunoErrorKind.DownloadFailed,
                    "The file URL of track " + Track.Id + " has expired, and reading task " + taskId + " again for a new one failed: " + e.Message, e)
                { Target = Track.AudioUrl };
            }

            var fresh = record.Tracks.FirstOrDefault(t => string.Equals(t.Id, Track.Id, StringComparison.OrdinalIgnoreCase));
            if (fresh == null) return false;
            var changed = !string.IsNullOrEmpty(fresh.AudioUrl) && !string.Equals(fresh.AudioUrl, Track.AudioUrl, StringComparison.Ordinal);
            Track = fresh;
            Task = record;
            return changed;
        }
    }
}
