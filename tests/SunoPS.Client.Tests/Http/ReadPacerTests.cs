using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Http;
using SunoPS.Client.Tests.Support;
using Xunit;

namespace SunoPS.Client.Tests.Http
{
    /// <summary>Record reads go out freely until the API throttles; then they settle under the pace it allowed.</summary>
    public sealed class ReadPacerTests
    {
        [Fact]
        public void Reads_are_not_paced_before_any_throttle()
        {
            var clock = new ManualClock();
            var pacer = new ReadPacer(clock);

            Assert.All(Enumerable.Range(0, 1000).Select(_ => pacer.Reserve()), wait => Assert.Equal(TimeSpan.Zero, wait));
            Assert.True(double.IsPositiveInfinity(pacer.CurrentRate));
        }

        [Fact]
        public void The_first_throttle_halves_the_rate_reads_were_starting_at_and_holds_reads_for_the_pause()
        {
            var clock = new ManualClock();
            var pacer = new ReadPacer(clock);
            for (var i = 0; i < 40; i++)
            {
                clock.Advance(TimeSpan.FromMilliseconds(25)); // 40 reads a second
                pacer.Reserve();
            }

            pacer.SlowDown(TimeSpan.FromSeconds(2));

            Assert.Equal(20, pacer.CurrentRate, 3);
            Assert.Equal(TimeSpan.FromSeconds(2), pacer.Reserve()); // not inside the pause
        }

        [Fact]
        public void Throttles_of_one_episode_halve_once_and_later_ones_halve_again()
        {
            var clock = new ManualClock();
            var pacer = new ReadPacer(clock);
            for (var i = 0; i < 16; i++) pacer.Reserve();

            // Every read in flight comes back throttled at about the same moment.
            for (var i = 0; i < 8; i++) pacer.SlowDown(TimeSpan.Zero);
            Assert.Equal(8, pacer.CurrentRate, 3);

            clock.Advance(TimeSpan.FromSeconds(2));
            pacer.SlowDown(TimeSpan.Zero);
            Assert.Equal(4, pacer.CurrentRate, 3);
        }

        [Fact]
        public void Paced_reads_are_spread_at_the_rate()
        {
            var clock = new ManualClock();
            var pacer = new ReadPacer(clock);
            for (var i = 0; i < 20; i++) pacer.Reserve();
            pacer.SlowDown(TimeSpan.Zero); // 20 reads in the last second: pace 10/s

            clock.Advance(TimeSpan.FromSeconds(1));
            // Five readers ask at once: their turns come a tenth of a second apart.
            var waits = Enumerable.Range(0, 5).Select(_ => pacer.Reserve().TotalSeconds).ToList();
            Assert.Equal(new[] { 0, 0.1, 0.2, 0.3, 0.4 }, waits.Select(w => Math.Round(w, 3)));
        }

        [Fact]
        public void The_pace_recovers_after_a_calm_spell_and_lifts_after_a_minute_without_throttles()
        {
            var clock = new ManualClock();
            var pacer = new ReadPacer(clock);
            for (var i = 0; i < 20; i++) pacer.Reserve();
            pacer.SlowDown(TimeSpan.Zero);
            Assert.Equal(10, pacer.CurrentRate, 3);

            clock.Advance(TimeSpan.FromSeconds(5));
            Assert.Equal(10, pacer.CurrentRate, 3); // still calming down
            clock.Advance(TimeSpan.FromSeconds(10));
            Assert.InRange(pacer.CurrentRate, 10.1, 20);
            clock.Advance(TimeSpan.FromSeconds(60));
            Assert.True(double.IsPositiveInfinity(pacer.CurrentRate));
        }

        [Fact]
        public void Throttles_halve_the_rate_down_to_a_floor_of_one_read_every_two_seconds()
        {
            var clock = new ManualClock();
            var pacer = new ReadPacer(clock);
            for (var i = 0; i < 16; i++) pacer.Reserve();
            pacer.SlowDown(TimeSpan.Zero);
            Assert.Equal(8, pacer.CurrentRate, 3);

            for (var i = 0; i < 10; i++)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                pacer.SlowDown(TimeSpan.Zero);
            }

            Assert.Equal(0.5, pacer.CurrentRate, 3);
        }

        [Fact]
        public void Pauses_of_one_episode_overlap_instead_of_adding_up()
        {
            var clock = new ManualClock();
            var pacer = new ReadPacer(clock);
            for (var i = 0; i < 8; i++) pacer.Reserve();

            // Eight reads throttled together, each asked to wait 1 s: new reads are held 1 s, not 8.
            for (var i = 0; i < 8; i++) pacer.SlowDown(TimeSpan.FromSeconds(1));

            Assert.Equal(TimeSpan.FromSeconds(1), pacer.Reserve());
        }

        [Fact]
        public void A_throttle_without_a_pause_still_holds_reads_off_for_a_second()
        {
            var clock = new ManualClock();
            var pacer = new ReadPacer(clock);
            pacer.Reserve();

            pacer.SlowDown(TimeSpan.Zero);

            Assert.Equal(TimeSpan.FromSeconds(1), pacer.Reserve());
        }

        [Fact]
        public async Task A_pause_holds_every_reader_off_until_the_clock_passes_it()
        {
            var clock = new ManualClock();
            var pacer = new ReadPacer(clock);
            pacer.Reserve();
            pacer.SlowDown(TimeSpan.FromSeconds(30));

            var turns = Enumerable.Range(0, 3).Select(_ => pacer.WaitTurnAsync(CancellationToken.None)).ToList();
            clock.Advance(TimeSpan.FromSeconds(29.9));
            await Task.Yield();
            Assert.All(turns, t => Assert.False(t.IsCompleted));

            clock.Advance(TimeSpan.FromSeconds(0.1));
            await turns[0].WaitAsync(TimeSpan.FromSeconds(10)); // the first turn is at the end of the pause
            Assert.All(turns.Skip(1), t => Assert.False(t.IsCompleted)); // the others follow at the slowed rate
        }

        [Fact]
        public async Task Waiting_for_a_turn_is_cancellable()
        {
            var clock = new ManualClock();
            var pacer = new ReadPacer(clock);
            pacer.Reserve();
            pacer.SlowDown(TimeSpan.FromSeconds(30));
            using var cts = new CancellationTokenSource();

            var turn = pacer.WaitTurnAsync(cts.Token);
            cts.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => turn);
            Assert.Equal(0, clock.PendingCount);
        }

        [Fact]
        public async Task Reading_many_ids_against_a_read_limit_surfaces_no_throttle_error()
        {
            // 8 reads at once go out as fast as the server answers; the server allows 10 a second of the clock.
            var clock = new ManualClock();
            var server = new FakeRecordServer(clock, readLimit: 10);
            using var client = server.Client();
            var ids = Enumerable.Range(0, 200).Select(i => "task-" + i).ToList();

            var results = await clock.DriveAsync(ReadAll(client, ids, maxConcurrency: 8));

            Assert.True(server.Throttled > 0, "The server never throttled: the test proves nothing.");
            Assert.All(results, r => Assert.Null(r.Error));
            Assert.Equal(ids, results.Select(r => r.Task!.TaskId));
            // The pacer settled under the limit instead of spending every read's retries on it.
            Assert.False(double.IsPositiveInfinity(client.ReadPacer.CurrentRate));
            Assert.True(server.Throttled < ids.Count / 4, server.Throttled + " reads were throttled");
        }

        /// <summary>What a pipeline of ids does: a few reads in flight, each id's outcome in its slot.</summary>
        internal static async Task<IReadOnlyList<(string Id, SunoTask? Task, SunoException? Error)>> ReadAll(SunoClient client,
            IReadOnlyList<string> ids, int maxConcurrency)
        {
            using var slots = new SemaphoreSlim(maxConcurrency);
            var reads = ids.Select(async id =>
            {
                await slots.WaitAsync();
                try
                {
                    return (id, (SunoTask?)await client.GetTaskAsync(id), (SunoException?)null);
                }
                catch (SunoException e)
                {
                    return (id, null, e);
                }
                finally
                {
                    slots.Release();
                }
            }).ToList();
            return await Task.WhenAll(reads);
        }
    }
}
