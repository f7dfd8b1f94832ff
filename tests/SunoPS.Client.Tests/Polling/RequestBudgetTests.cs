using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Polling;
using Xunit;

namespace SunoPS.Client.Tests.Polling
{
    public sealed class RequestBudgetTests
    {
        [Fact]
        public async Task Starts_without_a_burst()
        {
            var budget = new RequestBudget(4);
            await budget.TakeAsync(CancellationToken.None);
            // The first token is free; the second has to wait for the bucket to refill.
            var second = budget.TakeAsync(CancellationToken.None);
            Assert.False(second.IsCompleted);
            await second;
        }

        [Theory]
        [InlineData(20)]
        [InlineData(10)]
        [InlineData(60)]
        public void Never_more_reads_in_any_second_than_the_rate_even_after_idle_spells(double rate)
        {
            var now = TimeSpan.Zero;
            var budget = new RequestBudget(rate, () => now);
            var cancelled = new CancellationToken(true); // a take that would have to wait fails instead of waiting
            var random = new Random(7);
            var sends = new List<TimeSpan>();
            var busy = TimeSpan.Zero;
            for (var i = 0; i < 20000; i++)
            {
                // Readers come at irregular moments, with idle spells in which a bucket could fill up.
                var step = TimeSpan.FromMilliseconds(random.Next(10) == 0 ? random.Next(2000) : random.NextDouble() * 10);
                if (step < TimeSpan.FromMilliseconds(10)) busy += step;
                now += step;
                if (budget.TakeAsync(cancelled).Status == TaskStatus.RanToCompletion) sends.Add(now);
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
        public void Slowing_down_halves_the_rate_once_per_episode_down_to_a_floor()
        {
            var now = TimeSpan.Zero;
            var budget = new RequestBudget(16, () => now);
            Assert.Equal(16, budget.CurrentRate);

            // Eight reads in flight come back throttled together: one episode, one halving.
            for (var i = 0; i < 8; i++) budget.SlowDown(TimeSpan.Zero);
            Assert.Equal(8, budget.CurrentRate);

            for (var i = 0; i < 10; i++)
            {
                now += TimeSpan.FromSeconds(1);
                budget.SlowDown(TimeSpan.Zero);
            }

            Assert.Equal(1, budget.CurrentRate); // 16 / 16
        }

        [Fact]
        public void The_rate_recovers_after_a_calm_spell()
        {
            var now = TimeSpan.Zero;
            var budget = new RequestBudget(10, () => now);
            budget.SlowDown(TimeSpan.Zero);
            Assert.Equal(5, budget.CurrentRate);

            now += TimeSpan.FromSeconds(5); // still within the calm period: no recovery yet
            Assert.Equal(5, budget.CurrentRate, 3);
            now += TimeSpan.FromSeconds(30);
            Assert.True(budget.TakeAsync(CancellationToken.None).IsCompleted);
            Assert.Equal(10, budget.CurrentRate, 3);
        }

        [Fact]
        public void Pauses_of_one_episode_overlap_instead_of_adding_up()
        {
            var now = TimeSpan.Zero;
            var budget = new RequestBudget(1000, () => now);
            for (var i = 0; i < 8; i++) budget.SlowDown(TimeSpan.FromSeconds(1));

            // Eight pauses of 1 s asked together hold off for about 1 s, not 8.
            now += TimeSpan.FromSeconds(1.1);
            Assert.True(budget.TakeAsync(CancellationToken.None).IsCompleted);
        }

        [Fact]
        public async Task A_pause_holds_every_reader_off()
        {
            var budget = new RequestBudget(1000);
            budget.SlowDown(TimeSpan.FromSeconds(30));
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => budget.TakeAsync(cts.Token));
        }

        [Fact]
        public async Task Waiting_for_a_token_is_cancellable()
        {
            var budget = new RequestBudget(0.1);
            await budget.TakeAsync(CancellationToken.None);
            using var cts = new CancellationTokenSource();
            var take = budget.TakeAsync(cts.Token);
            cts.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => take);
        }
    }
}
