using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using SunoPS.Client.Downloads;
using SunoPS.Infrastructure;

namespace SunoPS.Downloads
{
    /// <summary>
    /// Counts files and bytes of a Save-SunoTrack run. Downloads report from background threads and only bump
    /// counters here; the cmdlet turns them into a progress bar on the pipeline thread, with the speed and the
    /// time left. The total stays steady: files whose size is not known yet count as the average of those known.
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
        private readonly Func<DateTime> _now;
        private readonly TransferRate _rate;

        public SaveProgress(Func<DateTime>? now = null)
        {
            _now = now ?? (() => DateTime.UtcNow);
            _rate = new TransferRate(_now);
        }

        /// <summary>The last bar written, for tests.</summary>
        internal ProgressRecord? Last { get; private set; }

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
            var record = Next(force);
            if (record == null) return;
            cmdlet.WriteProgress(record);
            _shown = true;
        }

        /// <summary>The bar to write now, or null when there is none yet or the last was too recent.</summary>
        internal ProgressRecord? Next(bool force = false)
        {
            var queued = Volatile.Read(ref _queued);
            if (queued == 0) return null;
            var now = _now();
            var received = Interlocked.Read(ref _received);
            _rate.Observe(received);
            if (!force && now - _lastWritten < TimeSpan.FromMilliseconds(250)) return null;
            _lastWritten = now;

            var finished = Volatile.Read(ref _finished);
            long known = 0;
            var sizes = 0;
            foreach (var size in _expectedByTrack.Values)
            {
                known += size;
                sizes++;
            }

            // Files not started yet count as the average size of those started, so the total does not leap as each begins.
            var expected = sizes == 0 ? 0 : known + (long)((double)known / sizes * Math.Max(0, queued - sizes));
            var status = string.Format(CultureInfo.InvariantCulture, "{0} of {1} files, {2:0.0} of {3} MB{4}",
                finished, queued, received / 1048576.0, expected > 0 ? (expected / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) : "?",
                finished < queued ? _rate.Describe() : "");
            var percent = expected > 0 && finished < queued
                ? (int)Math.Min(100, 100.0 * received / Math.Max(expected, 1))
                : (int)(100.0 * finished / queued);
            var record = new ProgressRecord(_activityId, Activity, status) { PercentComplete = Math.Max(0, percent) };
            if (expected > 0 && finished < queued) record.SecondsRemaining = _rate.SecondsRemaining(expected - received);
            Last = record;
            return record;
        }

        public void Complete(Cmdlet cmdlet)
        {
            if (!_shown) return;
            cmdlet.WriteProgress(new ProgressRecord(_activityId, Activity, "Done") { RecordType = ProgressRecordType.Completed });
            _shown = false;
        }
    }
}
