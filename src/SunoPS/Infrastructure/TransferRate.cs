using System;
using System.Collections.Generic;
using System.Globalization;

namespace SunoPS.Infrastructure
{
    /// <summary>
    /// The speed of a transfer over the last few seconds, and the time left at that speed: what a progress bar of a
    /// download or an upload shows. Recent rather than average, so a stall shows at once. Reads the time through a
    /// clock, so tests decide what a second is.
    /// </summary>
    internal sealed class TransferRate
    {
        private static readonly TimeSpan Span = TimeSpan.FromSeconds(5);
        private static readonly TimeSpan Shortest = TimeSpan.FromMilliseconds(500);

        private readonly Func<DateTime> _now;
        private readonly Queue<KeyValuePair<DateTime, long>> _samples = new Queue<KeyValuePair<DateTime, long>>();

        public TransferRate(Func<DateTime>? now = null) => _now = now ?? (() => DateTime.UtcNow);

        /// <summary>Notes how many bytes have moved so far in all.</summary>
        public void Observe(long bytesSoFar)
        {
            var now = _now();
            _samples.Enqueue(new KeyValuePair<DateTime, long>(now, bytesSoFar));
            while (_samples.Count > 2 && now - _samples.Peek().Key > Span) _samples.Dequeue();
        }

        /// <summary>Bytes per second over the last few seconds; null until half a second of samples is in.</summary>
        public double? BytesPerSecond
        {
            get
            {
                if (_samples.Count < 2) return null;
                var first = _samples.Peek();
                var now = _now();
                var elapsed = now - first.Key;
                if (elapsed < Shortest) return null;
                long last = 0;
                foreach (var sample in _samples) last = sample.Value;
                return Math.Max(0, last - first.Value) / elapsed.TotalSeconds;
            }
        }

        /// <summary>Whole seconds left for <paramref name="remainingBytes"/> at the current speed; -1 (unknown, as ProgressRecord has it) when there is none.</summary>
        public int SecondsRemaining(long remainingBytes)
        {
            var rate = BytesPerSecond;
            if (!(rate > 0) || remainingBytes < 0) return -1;
            return (int)Math.Min(int.MaxValue, Math.Ceiling(remainingBytes / rate.Value));
        }

        /// <summary>", 8.5 MB/s" or nothing while the speed is not known yet.</summary>
        public string Describe() =>
            BytesPerSecond is double rate ? string.Format(CultureInfo.InvariantCulture, ", {0:0.0} MB/s", rate / 1048576.0) : "";
    }
}
