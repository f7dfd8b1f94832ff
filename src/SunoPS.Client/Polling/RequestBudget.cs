using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Timing;

namespace SunoPS.Client.Polling
{
    /// <summary>
    /// A token bucket shared by every read of one wait, so many tasks never turn into a burst: the user's cap on the
    /// wait's reads. It does not react to throttling; the session's one read pacer does that for every read.
    /// The bucket fills at 95 % of the rate and holds what the other 5 % of a second would bring (one token at
    /// least), so reads go out evenly spaced, a read that left late is caught up, and a server that allows exactly
    /// the rate never sees more in any second (a throttled read would halve the rate for everyone).
    /// </summary>
    internal sealed class RequestBudget
    {
        /// <summary>The share of the rate the bucket fills at; the rest of each second is room to catch up.</summary>
        private const double Headroom = 0.95;

        private readonly object _gate = new object();
        private readonly SunoClock _clock;
        private readonly double _rate;
        private double _tokens;
        private TimeSpan _lastRefill;

        public RequestBudget(double requestsPerSecond, SunoClock clock)
        {
            _clock = clock;
            _lastRefill = clock.Now;
            _rate = Math.Max(0.1, requestsPerSecond);
            _tokens = 1; // No burst at the start: the first second is spread like every other.
        }

        public double Rate => _rate;

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

                await _clock.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        /// <summary>Takes a token only if one is there now (a read that is worth making only if it costs no waiting).</summary>
        public bool TryTake()
        {
            lock (_gate)
            {
                Refill();
                if (_tokens < 1) return false;
                _tokens -= 1;
                return true;
            }
        }

        /// <summary>How long until a token is there (zero when one is).</summary>
        public TimeSpan UntilNextToken()
        {
            lock (_gate)
            {
                Refill();
                return _tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - _tokens) / (_rate * Headroom));
            }
        }

        private void Refill()
        {
            var now = _clock.Now;
            var elapsed = (now - _lastRefill).TotalSeconds;
            _lastRefill = now;

            // Tokens saved + tokens earned in any second ≤ the rate: never more reads in a second than allowed.
            _tokens = Math.Min(Math.Max(1, _rate * (1 - Headroom)), _tokens + elapsed * _rate * Headroom);
        }
    }
}
