using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Polling;
using SunoPS.Client.Tests.Support;
using Xunit;

namespace SunoPS.Client.Tests.Polling
{
    /// <summary>
    /// The wait's token bucket, on a manual clock. It only caps the wait's own reads; slowing down for a throttling
    /// server is the session's read pacer's work (see ReadPacerTests).
    /// </summary>
    public sealed class RequestBudgetTests
    {
        [Fact]
        public async Task Starts_without_a_burst()
        {
            var clock = new ManualClock();
            var budget = new RequestBudget(4, clock);
            await budget.TakeAsync(CancellationToken.None);

            // The first token is free; the second has to wait for the bucket to refill: 1 / (4 × 0.95) s.
            var second = budget.TakeAsync(CancellationToken.None);
            Assert.False(second.IsCompleted);
            Assert.Equal(TimeSpan.FromSeconds(1 / (4 * 0.95)).TotalMilliseconds, Assert.Single(clock.RequestedDelays).TotalMilliseconds, 3);

            clock.Advance(TimeSpan.FromSeconds(0.2));
            await Task.Yield();
            Assert.False(second.IsCompleted);

            await clock.DriveAsync(second);
            Assert.InRange(clock.Now, TimeSpan.FromSeconds(0.26), TimeSpan.FromSeconds(0.27));
        }

        [Theory]
        [InlineData(20)]
        [InlineData(10)]
        [InlineData(60)]
        public void Never_more_reads_in_any_second_than_the_rate_even_after_idle_spells(double rate)
        {
            var clock = new ManualClock();
            var budget = new RequestBudget(rate, clock);
            var cancelled = new CancellationToken(true); // a take that would have to wait fails instead of waiting
            var random = new Random(7);
            var sends = new List<TimeSpan>();
            var busy = TimeSpan.Zero;
            for (var i = 0; i < 20000; i++)
            {
                // Readers come at irregular moments, with idle spells in which a bucket could fill up.
                var step = TimeSpan.FromMilliseconds(random.Next(10) == 0 ? random.Next(2000) : random.NextDouble() * 10);
                if (step < TimeSpan.FromMilliseconds(10)) busy += step;
                clock.Advance(step);
                if (budget.TakeAsync(cancelled).Status == TaskStatus.RanToCompletion) sends.Add(clock.Now);
            }

            var first = 0;
            for (var last = 0; last < sends.Count; last++)
            {
                while (sends[first] <= sends[last] - TimeSpan.FromSeconds(1)) first++;
                Assert.True(last - first + 1 <= rate, "More than " + rate + " reads in the second before " + sends[last]);
            }

            // While readers keep asking, the budget lets nearly the full rate through (not starving them for safety).
            var busyRate = sends.Count / busy.TotalSeconds;
            Assert.True(busyRate >= 0.8 * rate, "Only " + busyRate + " reads per busy second at a rate of " + rate);
        }

        [Fact]
        public async Task Readers_that_queue_up_are_let_through_evenly_at_the_rate()
        {
            var clock = new ManualClock();
            var budget = new RequestBudget(10, clock);
            var sends = new List<TimeSpan>();

            async Task Reader()
            {
                for (var i = 0; i < 25; i++)
                {
                    await budget.TakeAsync(CancellationToken.None);
                    lock (sends) sends.Add(clock.Now);
                }
            }

            await clock.DriveAsync(Reader());

            Assert.Equal(25, sends.Count);
            for (var i = 1; i < sends.Count; i++)
            {
                // 95 % of the rate: a little more than a tenth of a second apart, never closer.
                Assert.InRange((sends[i] - sends[i - 1]).TotalSeconds, 0.1, 0.11);
            }
        }

        [Fact]
        public void The_rate_has_a_floor()
        {
            Assert.Equal(0.1, new RequestBudget(0, new ManualClock()).Rate);
            Assert.Equal(7, new RequestBudget(7, new ManualClock()).Rate);
        }

        [Fact]
        public async Task Waiting_for_a_token_is_cancellable()
        {
            var clock = new ManualClock();
            var budget = new RequestBudget(0.1, clock);
            await budget.TakeAsync(CancellationToken.None);
            using var cts = new CancellationTokenSource();
            var take = budget.TakeAsync(cts.Token);
            Assert.False(take.IsCompleted);

            cts.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => take);
            Assert.Equal(0, clock.PendingCount);
        }
    }
}
