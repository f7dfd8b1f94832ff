using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Http;
using SunoPS.Client.Tests.Support;
using Xunit;

namespace SunoPS.Client.Tests.Http
{
    /// <summary>
    /// How many downloads run at once, on a manual clock: growth with throughput, the cap, back-off on push-back and
    /// Retry-After. Rounds are driven by hand (a slot is entered, the clock moved, the slot completed), so every
    /// decision is checked exactly, with no wall-clock time in it.
    /// </summary>
    public sealed class AdaptiveConcurrencyTests
    {
        private const long File = 4L * 1024 * 1024;

        [Fact]
        public async Task Starts_at_four_and_doubles_while_each_round_moves_more_bytes_per_second()
        {
            var clock = new ManualClock();
            var gate = AdaptiveConcurrency.Adaptive(clock);
            Assert.Equal(4, gate.Limit);

            // With latency, a round of N files takes the same time whatever N: throughput grows with N.
            await RoundAsync(gate, clock, TimeSpan.FromMilliseconds(100));
            Assert.Equal(8, gate.Limit);
            await RoundAsync(gate, clock, TimeSpan.FromMilliseconds(100));
            Assert.Equal(16, gate.Limit);
            await RoundAsync(gate, clock, TimeSpan.FromMilliseconds(100));
            Assert.Equal(32, gate.Limit);
            await RoundAsync(gate, clock, TimeSpan.FromMilliseconds(100));
            Assert.Equal(AdaptiveConcurrency.DefaultCeiling, gate.Limit); // the ceiling holds
        }

        [Fact]
        public async Task Stops_growing_once_more_at_once_moves_no_more()
        {
            var clock = new ManualClock();
            var gate = AdaptiveConcurrency.Adaptive(clock);
            await RoundAsync(gate, clock, TimeSpan.FromMilliseconds(100)); // 4 files in 0.1 s: grows to 8
            Assert.Equal(8, gate.Limit);
            // The line is full: 8 files take twice as long as 4, the same bytes per second.
            await RoundAsync(gate, clock, TimeSpan.FromMilliseconds(200));
            Assert.Equal(8, gate.Limit);
            // Later rounds do not start it growing again.
            await RoundAsync(gate, clock, TimeSpan.FromMilliseconds(50));
            Assert.Equal(8, gate.Limit);
        }

        [Fact]
        public async Task Never_runs_more_than_the_limit_at_once()
        {
            var clock = new ManualClock();
            var gate = AdaptiveConcurrency.Adaptive(clock);
            var first = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => gate.EnterAsync(CancellationToken.None)));
            var fifth = gate.EnterAsync(CancellationToken.None);
            Assert.False(fifth.IsCompleted);
            Assert.Equal(4, gate.Running);

            first[0].Completed(File);
            first[0].Dispose();
            using (await fifth)
            {
                Assert.Equal(4, gate.Running);
            }
        }

        [Fact]
        public async Task A_cap_given_is_where_it_starts_and_never_exceeded()
        {
            var clock = new ManualClock();
            var gate = AdaptiveConcurrency.Capped(3, clock);
            Assert.Equal(3, gate.Limit);
            for (var i = 0; i < 3; i++) await RoundAsync(gate, clock, TimeSpan.FromMilliseconds(100));
            Assert.Equal(3, gate.Limit);
            Assert.Equal(3, gate.PeakLimit);
        }

        [Fact]
        public async Task A_refusal_halves_the_limit_once_for_all_the_files_already_in_flight()
        {
            var clock = new ManualClock();
            var gate = AdaptiveConcurrency.Capped(16, clock);
            var slots = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => gate.EnterAsync(CancellationToken.None)));

            // Every file in flight meets the same overloaded host: one back-off, not sixteen.
            foreach (var slot in slots) slot.Throttled(null);
            Assert.Equal(8, gate.Limit);

            // A file started after the back-off that is refused again halves it again.
            foreach (var slot in slots.Skip(7)) slot.Dispose();
            var later = await gate.EnterAsync(CancellationToken.None);
            later.Throttled(null);
            Assert.Equal(4, gate.Limit);
        }

        [Fact]
        public async Task A_broken_connection_takes_a_quarter_off_and_the_limit_never_falls_below_one()
        {
            var clock = new ManualClock();
            var gate = AdaptiveConcurrency.Capped(8, clock);
            for (var expected = new[] { 6, 5, 4, 3, 2, 1, 1 }.GetEnumerator(); expected.MoveNext();)
            {
                using (var slot = await gate.EnterAsync(CancellationToken.None))
                {
                    slot.Faulted();
                }

                Assert.Equal((int)expected.Current!, gate.Limit);
            }
        }

        [Fact]
        public async Task Retry_after_holds_every_new_start_until_it_has_passed()
        {
            var clock = new ManualClock();
            var gate = AdaptiveConcurrency.Capped(4, clock);
            var slot = await gate.EnterAsync(CancellationToken.None);
            slot.Throttled(TimeSpan.FromSeconds(5));
            slot.Dispose();

            var next = gate.EnterAsync(CancellationToken.None);
            Assert.False(next.IsCompleted);
            clock.Advance(TimeSpan.FromSeconds(4.9));
            await Task.Yield();
            Assert.False(next.IsCompleted);

            await clock.DriveAsync(next);
            Assert.Equal(TimeSpan.FromSeconds(5), clock.Now);
            next.Result.Dispose();
        }

        [Fact]
        public async Task After_a_refusal_it_does_not_grow_again()
        {
            var clock = new ManualClock();
            var gate = AdaptiveConcurrency.Adaptive(clock);
            await RoundAsync(gate, clock, TimeSpan.FromMilliseconds(100));
            Assert.Equal(8, gate.Limit);
            using (var slot = await gate.EnterAsync(CancellationToken.None)) slot.Throttled(null);
            Assert.Equal(4, gate.Limit);
            await RoundAsync(gate, clock, TimeSpan.FromMilliseconds(10));
            await RoundAsync(gate, clock, TimeSpan.FromMilliseconds(10));
            Assert.Equal(4, gate.Limit);
        }

        [Fact]
        public async Task Skipped_files_and_failures_do_not_count_toward_a_round()
        {
            var clock = new ManualClock();
            var gate = AdaptiveConcurrency.Adaptive(clock);
            for (var i = 0; i < 10; i++)
            {
                var slot = await gate.EnterAsync(CancellationToken.None);
                clock.Advance(TimeSpan.FromMilliseconds(10));
                slot.Dispose(); // never Completed: skipped, or failed
            }

            Assert.Equal(4, gate.Limit);
        }

        [Fact]
        public async Task A_cancelled_wait_takes_no_slot()
        {
            var clock = new ManualClock();
            var gate = AdaptiveConcurrency.Capped(1, clock);
            var held = await gate.EnterAsync(CancellationToken.None);
            using (var stop = new CancellationTokenSource())
            {
                var waiting = gate.EnterAsync(stop.Token);
                stop.Cancel();
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
            }

            held.Dispose();
            Assert.Equal(0, gate.Running);
            using (await gate.EnterAsync(CancellationToken.None)) Assert.Equal(1, gate.Running);
        }

        /// <summary>Runs one round: as many files as the limit, all started together, all done <paramref name="took"/> later.</summary>
        private static async Task RoundAsync(AdaptiveConcurrency gate, ManualClock clock, TimeSpan took)
        {
            var count = gate.Limit;
            var slots = new List<AdaptiveConcurrency.Slot>();
            for (var i = 0; i < count; i++) slots.Add(await gate.EnterAsync(CancellationToken.None));
            clock.Advance(took);
            foreach (var slot in slots)
            {
                slot.Completed(File);
                slot.Dispose();
            }
        }
    }
}
