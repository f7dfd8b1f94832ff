using System;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Timing;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// Ends a download that keeps a connection open with a trickle (64 bytes every 2 s never trips a per-read
    /// time-out): every window of the clock, fewer than the minimum bytes cancels the attempt.
    /// </summary>
    internal sealed class ThroughputWatchdog : IDisposable
    {
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private long _inWindow;
        private int _tripped;

        public ThroughputWatchdog(SunoClock clock, TimeSpan window, long minimumBytes, CancellationTokenSource onTrip)
        {
            Window = window;
            MinimumBytes = minimumBytes;
            if (window > TimeSpan.Zero && minimumBytes > 0) _ = WatchAsync(clock, onTrip);
        }

        public TimeSpan Window { get; }
        public long MinimumBytes { get; }

        /// <summary>True once a window brought too little and the attempt was cancelled.</summary>
        public bool Tripped => Volatile.Read(ref _tripped) == 1;

        public void Received(int bytes) => Interlocked.Add(ref _inWindow, bytes);

        private async Task WatchAsync(SunoClock clock, CancellationTokenSource onTrip)
        {
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    await clock.Delay(Window, _stop.Token).ConfigureAwait(false);
                    if (Interlocked.Exchange(ref _inWindow, 0) >= MinimumBytes) continue;
                    Volatile.Write(ref _tripped, 1);
                    onTrip.Cancel();
                    return;
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (ObjectDisposedException)
            {
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _stop.Dispose();
        }
    }
}
