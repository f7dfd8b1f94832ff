using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Timing;

namespace SunoPS.Client.Http
{
    /// <summary>
    /// Paces a client's record reads only once the API has said "slow down". Until then reads go out as fast as
    /// their callers send them. The first throttle sets the pace to half the rate reads were starting at in the
    /// second before it (the rate that proved too much); each later throttle halves it again. After a calm spell
    /// the pace creeps back up, and a minute without any throttle lifts it altogether. So `$ids | Get-SunoTask`
    /// against a limit it does not know settles under that limit instead of spending every read's retries.
    /// </summary>
    internal sealed class ReadPacer
    {
        private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
        private static readonly TimeSpan Calm = TimeSpan.FromSeconds(10);
        private static readonly TimeSpan Release = TimeSpan.FromSeconds(60);
        private const double MinimumRate = 0.5;

        /// <summary>
        /// The least a throttle holds new reads off when the API names no Retry-After: long enough for a per-second
        /// limit's window to clear, so the reads caught in it do not spend their retries inside it.
        /// </summary>
        private static readonly TimeSpan MinimumPause = TimeSpan.FromSeconds(1);

        private readonly object _gate = new object();
        private readonly SunoClock _clock;
        private readonly Queue<TimeSpan> _recentStarts = new Queue<TimeSpan>();
        private double _rate = double.PositiveInfinity;
        private double _ceiling = double.PositiveInfinity;
        private TimeSpan _nextStart;
        private TimeSpan _lastRecovery;
        private TimeSpan? _lastSlowDown;

        public ReadPacer(SunoClock clock)
        {
            _clock = clock;
        }

        /// <summary>Reads per second allowed now; infinity while the API has not throttled recently.</summary>
        public double CurrentRate
        {
            get
            {
                lock (_gate)
                {
                    Recover(_clock.Now);
                    return _rate;
                }
            }
        }

        /// <summary>Waits for this read's turn.</summary>
        public Task WaitTurnAsync(CancellationToken cancellationToken)
        {
            var wait = Reserve();
            return _clock.Delay(wait, cancellationToken);
        }

        /// <summary>Books the next turn and says how long until it comes.</summary>
        internal TimeSpan Reserve()
        {
            lock (_gate)
            {
                var now = _clock.Now;
                Recover(now);
                var start = now;
                if (!double.IsPositiveInfinity(_rate))
                {
                    if (_nextStart > start) start = _nextStart;
                    _nextStart = start + TimeSpan.FromSeconds(1 / _rate);
                }

                _recentStarts.Enqueue(start);
                while (_recentStarts.Count > 0 && _recentStarts.Peek() < now - Window) _recentStarts.Dequeue();
                return start - now;
            }
        }

        /// <summary>The API throttled a read: slow down, and hold every new read off for <paramref name="pause"/> (1 s at least).</summary>
        public void SlowDown(TimeSpan pause)
        {
            lock (_gate)
            {
                var now = _clock.Now;
                // Every read in flight may come back throttled at once: that is one episode, one halving.
                if (_lastSlowDown == null || now - _lastSlowDown.Value >= Window)
                {
                    if (double.IsPositiveInfinity(_rate))
                    {
                        var started = 0;
                        foreach (var at in _recentStarts) if (at >= now - Window) started++;
                        _ceiling = Math.Max(MinimumRate * 2, started);
                        _rate = _ceiling / 2;
                    }
                    else
                    {
                        _rate = Math.Max(MinimumRate, _rate / 2);
                    }
                }

                _lastSlowDown = now;
                _lastRecovery = now + Calm;
                var resume = now + (pause > MinimumPause ? pause : MinimumPause);
                if (resume > _nextStart) _nextStart = resume;
            }
        }

        private void Recover(TimeSpan now)
        {
            if (_lastSlowDown == null || double.IsPositiveInfinity(_rate)) return;
            if (now - _lastSlowDown.Value >= Release)
            {
                _rate = double.PositiveInfinity;
                _ceiling = double.PositiveInfinity;
                _lastSlowDown = null;
                return;
            }

            if (now <= _lastRecovery) return;
            // After the calm spell, a twentieth of the ceiling back per second: additive increase.
            _rate = Math.Min(_ceiling, _rate + _ceiling * 0.05 * (now - _lastRecovery).TotalSeconds);
            _lastRecovery = now;
        }

    }
}
