using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Polling
{
    /// <summary>
    /// A token bucket shared by every read of one wait, so many tasks never turn into a burst. When the server
    /// says "slow down" the rate halves and then recovers gradually (additive increase, multiplicative decrease).
    /// The bucket fills at 95 % of the rate and holds what the other 5 % of a second would bring (one token at
    /// least), so reads go out evenly spaced, a read that left late is caught up, and a server that allows exactly
    /// the rate never sees more in any second (a throttled read would halve the rate for everyone).
    /// </summary>
    internal sealed class RequestBudget
    {
        /// <summary>The share of the rate the bucket fills at; the rest of each second is room to catch up.</summary>
        private const double Headroom = 0.95;

        /// <summary>Throttling answers closer together than this are one episode: the rate halves once for them.</summary>
        private static readonly TimeSpan Episode = TimeSpan.FromSeconds(1);

        private readonly object _gate = new object();
        private readonly Func<TimeSpan> _now;
        private readonly double _maxRate;
        private double _rate;
        private double _tokens;
        private TimeSpan _lastRefill;
        private TimeSpan _calmUntil;
        private TimeSpan? _lastSlowDown;

        public RequestBudget(double requestsPerSecond) : this(requestsPerSecond, StopwatchClock())
        {
        }

        /// <summary>With a clock of its own, for tests.</summary>
        internal RequestBudget(double requestsPerSecond, Func<TimeSpan> now)
        {
            _now = now;
            _lastRefill = now();
            _maxRate = Math.Max(0.1, requestsPerSecond);
            _rate = _maxRate;
            _tokens = 1; // No burst at the start: the first second is spread like every other.
        }

        public double CurrentRate
        {
            get { lock (_gate) return _rate; }
        }

        public async Task TakeAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                TimeSpan wait;
                lock (_gate)
                {
                    Refill();
                    if (_tokens >= 1)
                    {
                        _tokens -= 1;
                        return;
                    }

                    wait = TimeSpan.FromSeconds((1 - _tokens) / (_rate * Headroom));
                }

                await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        /// <summary>
        /// The server throttled us: halve the rate, drop saved tokens, and hold off for <paramref name="pause"/>.
        /// Every read in flight may come back throttled at once; that is one episode, so the rate halves once and
        /// the pauses overlap instead of adding up.
        /// </summary>
        public void SlowDown(TimeSpan pause)
        {
            lock (_gate)
            {
                Refill();
                var now = _now();
                if (_lastSlowDown == null || now - _lastSlowDown.Value >= Episode)
                {
                    _rate = Math.Max(_maxRate / 16, _rate / 2);
                    _lastSlowDown = now;
                }

                _tokens = Math.Min(Math.Min(_tokens, 0), -pause.TotalSeconds * _rate);
                _calmUntil = now + TimeSpan.FromSeconds(10);
            }
        }

        private static Func<TimeSpan> StopwatchClock()
        {
            var clock = Stopwatch.StartNew();
            return () => clock.Elapsed;
        }

        private void Refill()
        {
            var now = _now();
            var elapsed = (now - _lastRefill).TotalSeconds;
            _lastRefill = now;
            if (now > _calmUntil && _rate < _maxRate)
            {
                _rate = Math.Min(_maxRate, _rate + _maxRate * 0.05 * elapsed);
            }

            // Tokens saved + tokens earned in any second ≤ the rate: never more reads in a second than allowed.
            _tokens = Math.Min(Math.Max(1, _rate * (1 - Headroom)), _tokens + elapsed * _rate * Headroom);
        }
    }
}
