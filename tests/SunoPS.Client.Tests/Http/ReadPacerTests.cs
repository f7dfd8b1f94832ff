using System;
using System.Linq;
using System.Threading.Tasks;
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
            var now = TimeSpan.Zero;
            var pacer = new ReadPacer(() => now);

            Assert.All(Enumerable.Range(0, 1000).Select(_ => pacer.Reserve()), wait => Assert.Equal(TimeSpan.Zero, wait));
            Assert.True(double.IsPositiveInfinity(pacer.CurrentRate));
        }

        [Fact]
        public void The_first_throttle_halves_the_rate_reads_were_starting_at_and_holds_reads_for_the_pause()
        {
            var now = TimeSpan.Zero;
            var pacer = new ReadPacer(() => now);
            for (var i = 0; i < 40; i++)
            {
                now += TimeSpan.FromMilliseconds(25); // 40 reads a second
                pacer.Reserve();
            }

            pacer.SlowDown(TimeSpan.FromSeconds(2));

            Assert.Equal(20, pacer.CurrentRate, 3);
            Assert.Equal(TimeSpan.FromSeconds(2), pacer.Reserve()); // not inside the pause
        }

        [Fact]
        public void Throttles_of_one_episode_halve_once_and_later_ones_halve_again()
        {
            var now = TimeSpan.Zero;
            var pacer = new ReadPacer(() => now);
            for (var i = 0; i < 16; i++) pacer.Reserve();

            // Every read in flight comes back throttled at about the same moment.
            for (var i = 0; i < 8; i++) pacer.SlowDown(TimeSpan.Zero);
            Assert.Equal(8, pacer.CurrentRate, 3);

            now += TimeSpan.FromSeconds(2);
            pacer.SlowDown(TimeSpan.Zero);
            Assert.Equal(4, pacer.CurrentRate, 3);
        }

        [Fact]
        public void Paced_reads_are_spread_at_the_rate()
        {
            var now = TimeSpan.Zero;
            var pacer = new ReadPacer(() => now);
            for (var i = 0; i < 20; i++) pacer.Reserve();
            pacer.SlowDown(TimeSpan.Zero); // 20 reads in the last second: pace 10/s

            now += TimeSpan.FromSeconds(1);
            // Five readers ask at once: their turns come a tenth of a second apart.
            var waits = Enumerable.Range(0, 5).Select(_ => pacer.Reserve().TotalSeconds).ToList();
            Assert.Equal(new[] { 0, 0.1, 0.2, 0.3, 0.4 }, waits.Select(w => Math.Round(w, 3)));
        }

        [Fact]
        public void The_pace_recovers_after_a_calm_spell_and_lifts_after_a_minute_without_throttles()
        {
            var now = TimeSpan.Zero;
            var pacer = new ReadPacer(() => now);
            for (var i = 0; i < 20; i++) pacer.Reserve();
            pacer.SlowDown(TimeSpan.Zero);
            Assert.Equal(10, pacer.CurrentRate, 3);

            now += TimeSpan.FromSeconds(5);
            Assert.Equal(10, pacer.CurrentRate, 3); // still calming down
            now += TimeSpan.FromSeconds(10);
            Assert.InRange(pacer.CurrentRate, 10.1, 20);
            now += TimeSpan.FromSeconds(60);
            Assert.True(double.IsPositiveInfinity(pacer.CurrentRate));
        }

        [Fact]
        public async Task Reading_many_ids_against_a_read_limit_surfaces_no_throttle_error()
        {
            // 8 reads at once on loopback go out at thousands a second; the emulator allows 100.
            await using var s = await EmulatorSession.StartAsync(o => o.ReadLimitPerSecond = 100);
            var ids = s.Seed(200);

            var results = await s.Client.GetTasksAsync(ids, maxConcurrency: 8);

            Assert.True(s.Emulator.State.Stats.Throttled > 0, "The emulator never throttled: the test proves nothing.");
            Assert.All(results, r => Assert.Null(r.Error));
            Assert.Equal(200, results.Count(r => r.Task != null));
        }
    }
}
