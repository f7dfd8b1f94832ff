using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Http;
using SunoPS.Client.Tests.Support;
using Xunit;
using static SunoPS.Client.Tests.Support.EmulatorSessionExtensions;

namespace SunoPS.Client.Tests.Http
{
    /// <summary>Submissions are paced under the limit, so a batch is never refused for going too fast.</summary>
    public sealed class SubmitGateTests
    {
        [Fact]
        public async Task A_batch_larger_than_the_limit_is_paced_and_none_is_refused()
        {
            await using var s = await EmulatorSession.StartAsync(
                o =>
                {
                    o.GenerateLimit = 3;
                    o.GenerateWindowSeconds = 1;
                },
                c =>
                {
                    c.SubmitLimit = 3;
                    c.SubmitWindow = TimeSpan.FromSeconds(1);
                });
            var clock = Stopwatch.StartNew();

            var ids = await Task.WhenAll(Enumerable.Range(0, 7).Select(i => s.Client.GenerateMusicAsync(SimpleRequest("Song " + i))));

            Assert.Equal(7, ids.Distinct().Count());
            var stats = s.Emulator.State.Stats;
            Assert.Equal(7, stats.GenerateAccepted);
            Assert.Equal(0, stats.GenerateRejected);
            Assert.Equal(0, stats.Throttled);
            Assert.Equal(7, s.Requests(GeneratePath)); // no retries were needed
            // 7 submissions at 3 per window need at least two full windows.
            Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(2), "7 submissions went out faster than 3 per second.");
        }

        [Fact]
        public async Task The_gate_lets_the_limit_through_at_once_then_waits()
        {
            var gate = new SubmitGate(3, TimeSpan.FromSeconds(30));
            for (var i = 0; i < 3; i++)
            {
                using var lease = await gate.WaitTurnAsync(CancellationToken.None);
                Assert.True(lease.Waited < TimeSpan.FromSeconds(1));
            }

            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.WaitTurnAsync(cts.Token));
        }

        [Fact]
        public async Task A_submission_in_flight_holds_its_place_until_its_answer_is_in()
        {
            var gate = new SubmitGate(1, TimeSpan.FromMilliseconds(100));
            var first = await gate.WaitTurnAsync(CancellationToken.None);

            // However long the first answer takes, the second submission does not start before it.
            var second = gate.WaitTurnAsync(CancellationToken.None);
            await Task.Delay(300);
            Assert.False(second.IsCompleted);

            first.Dispose();
            (await second).Dispose();
        }

        [Fact]
        public async Task A_cancelled_wait_takes_no_place()
        {
            var gate = new SubmitGate(1, TimeSpan.FromMilliseconds(300));
            (await gate.WaitTurnAsync(CancellationToken.None)).Dispose();
            using (var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50)))
            {
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.WaitTurnAsync(cts.Token));
            }

            // The next caller waits out only the first submission's window, not a second one.
            using var lease = await gate.WaitTurnAsync(CancellationToken.None);
            Assert.True(lease.Waited < TimeSpan.FromSeconds(3), "waited " + lease.Waited);
        }
    }
}
