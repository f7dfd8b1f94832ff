using System;
using SunoPS.Client.Http;
using Xunit;

namespace SunoPS.Client.Tests.Http
{
    public sealed class RetryPolicyTests
    {
        private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
        private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

        [Fact]
        public void Delays_grow_exponentially_with_jitter_between_half_and_full()
        {
            var policy = new RetryPolicy(4, Base, Max);
            for (var retry = 1; retry <= 4; retry++)
            {
                var full = Math.Pow(2, retry - 1);
                for (var i = 0; i < 50; i++)
                {
                    var wait = policy.DelayBefore(retry, null).TotalSeconds;
                    Assert.InRange(wait, full * 0.5, full);
                }
            }
        }

        [Fact]
        public void Jitter_spreads_the_delays()
        {
            var policy = new RetryPolicy(4, Base, Max);
            var first = policy.DelayBefore(3, null);
            var differs = false;
            for (var i = 0; i < 50 && !differs; i++) differs = policy.DelayBefore(3, null) != first;
            Assert.True(differs);
        }

        [Fact]
        public void No_delay_exceeds_the_maximum()
        {
            var policy = new RetryPolicy(100, Base, Max);
            Assert.True(policy.DelayBefore(60, null) <= Max);
            Assert.Equal(Max, policy.DelayBefore(1, TimeSpan.FromMinutes(5)));
        }

        [Fact]
        public void Retry_after_is_a_lower_bound()
        {
            var policy = new RetryPolicy(4, TimeSpan.FromMilliseconds(10), Max);
            Assert.Equal(TimeSpan.FromSeconds(7), policy.DelayBefore(1, TimeSpan.FromSeconds(7)));
            // A shorter Retry-After does not shorten the backoff.
            Assert.True(policy.DelayBefore(1, TimeSpan.Zero) >= TimeSpan.FromMilliseconds(5));
        }

        [Fact]
        public void Negative_settings_are_clamped()
        {
            var policy = new RetryPolicy(-3, TimeSpan.FromSeconds(-1), TimeSpan.FromSeconds(-2));
            Assert.Equal(0, policy.MaxRetries);
            Assert.Equal(TimeSpan.Zero, policy.DelayBefore(1, null));
        }
    }
}
