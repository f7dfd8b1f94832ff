using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace SunoPS.Client.Polling
{
    /// <summary>
    /// A token bucket shared by every read of one wait, so many tasks never turn into a burst. When the server
    /// says "slow down" the rate halves and then recovers gradually (additive increase, multiplicative decrease).
    /// </summary>
    internal sealed class RequestBudget
    {
        private readonly object _gate = new object();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly double _maxRate;
        private double _rate;
        private double _tokens;
        private TimeSpan _lastRefill;
        private TimeSpan _calmUntil;

        public RequestBudget(double requestsPerSecond)
        {
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

                    wait = TimeSpan.FromSeconds((1 - _tokens) / _rate);
                }

                await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        /// <summary>The server throttled us: halve the rate, drop saved tokens, and hold off for a moment.</summary>
        public void SlowDown(TimeSpan pause)
        {
            lock (_gate)
            {
                Refill();
                _rate = Math.Max(_maxRate / 16, _rate / 2);
                _tokens = Math.Min(_tokens, 0) - pause.TotalSeconds * _rate;
                _calmUntil = _clock.Elapsed + TimeSpan.FromSeconds(10);
            }
        }

        private void Refill()
        {
            var now = _clock.Elapsed;
            var elapsed = (now - _lastRefill).TotalSeconds;
            _lastRefill = now;
            if (now > _calmUntil && _rate < _maxRate)
            {
                _rate = Math.Min(_maxRate, _rate + _maxRate * 0.05 * elapsed);
            }

            _tokens = Math.Min(Math.Max(1, _rate / 4), _tokens + elapsed * _rate);
        }
    }
}
