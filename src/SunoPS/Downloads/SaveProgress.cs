using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using SunoPS.Client.Downloads;

namespace SunoPS.Downloads
{
    /// <summary>
    /// Counts files and bytes of a Save-SunoTrack run. Downloads report from background threads and only bump
    /// counters here; the cmdlet turns them into a progress bar on the pipeline thread.
    /// </summary>
    internal sealed class SaveProgress
    {
        private const string Activity = "Saving Suno tracks";
        private static int _nextActivityId = 0x5A5;

        private readonly int _activityId = Interlocked.Increment(ref _nextActivityId);
        private readonly ConcurrentDictionary<string, long> _expectedByTrack = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        private long _received;
        private int _queued;
        private int _finished;
        private DateTime _lastWritten = DateTime.MinValue;
        private bool _shown;

        public void FileQueued() => Interlocked.Increment(ref _queued);

        public void FileFinished() => Interlocked.Increment(ref _finished);

        /// <summary>The downloads' progress callback: records, never writes.</summary>
        public void Report(DownloadProgress progress)
        {
            switch (progress.Kind)
            {
                case DownloadProgressKind.Started:
                    if (progress.TotalBytes.HasValue) _expectedByTrack[progress.OutputKind + ":" + progress.OutputId] = progress.TotalBytes.Value;
                    break;
                case DownloadProgressKind.Received:
                    Interlocked.Add(ref _received, progress.Bytes);
                    break;
                case DownloadProgressKind.Discarded:
                    Interlocked.Add(ref _received, -progress.Bytes);
                    break;
            }
        }

        /// <summary>Writes the bar at most every 250 ms. Call only from the pipeline thread.</summary>
        public void Write(Cmdlet cmdlet, bool force = false)
        {
            var queued = Volatile.Read(ref _queued);
            if (queued == 0) return;
            var now = DateTime.UtcNow;
            if (!force && now - _lastWritten < TimeSpan.FromMilliseconds(250)) return;
            _lastWritten = now;

            var finished = Volatile.Read(ref _finished);
            var received = Interlocked.Read(ref _received);
            long expected = 0;
            foreach (var size in _expectedByTrack.Values) expected += size;

            var status = string.Format(CultureInfo.InvariantCulture, "{0} of {1} files, {2:0.0} of {3} MB",
                finished, queued, received / 1048576.0, expected > 0 ? (expected / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) : "?");
            var percent = expected > 0 && finished < queued
                ? (int)Math.Min(100, 100.0 * received / Math.Max(expected, 1))
                : (int)(100.0 * finished / queued);
            cmdlet.WriteProgress(new ProgressRecord(_activityId, Activity, status) { PercentComplete = Math.Max(0, percent) });
            _shown = true;
        }

        public void Complete(Cmdlet cmdlet)
        {
            if (!_shown) return;
            cmdlet.WriteProgress(new ProgressRecord(_activityId, Activity, "Done") { RecordType = ProgressRecordType.Completed });
            _shown = false;
        }
    }
}
