using System;
using System.Threading;

namespace SunoPS.Client.Http
{
    /// <summary>Exponential backoff with jitter, bounded, and respectful of a server's Retry-After.</summary>
    internal sealed class RetryPolicy
    {
        private static readonly ThreadLocal<Random> Jitter =
            new ThreadLocal<Random>(() => new Random(Guid.NewGuid().GetHashCode()));

        private readonly TimeSpan _baseDelay;
        private readonly TimeSpan _maxDelay;

        public RetryPolicy(int maxRetries, TimeSpan baseDelay, TimeSpan maxDelay)
        {
            MaxRetries = Math.Max(0, maxRetries);
            _baseDelay = baseDelay < TimeSpan.Zero ? TimeSpan.Zero : baseDelay;
            _maxDelay = maxDelay < _baseDelay ? _baseDelay : maxDelay;
        }

        public int MaxRetries { get; }

        /// <summary>The wait before retry number <paramref name="retry"/> (1-based).</summary>
        public TimeSpan DelayBefore(int retry, TimeSpan? retryAfter)
        {
            var exponential = _baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry - 1, 16));
            // Half fixed, half random: spreads clients apart without ever retrying at once.
            var jittered = exponential * (0.5 + Jitter.Value!.NextDouble() * 0.5);
            var wait = TimeSpan.FromMilliseconds(Math.Min(jittered, _maxDelay.TotalMilliseconds));
            if (retryAfter.HasValue && retryAfter.Value > wait)
            {
                wait = retryAfter.Value > _maxDelay ? _maxDelay : retryAfter.Value;
            }

            return wait;
        }
    }
}
