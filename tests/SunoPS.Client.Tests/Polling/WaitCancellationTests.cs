using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Polling;
using SunoPS.Client.Tests.Support;
using SunoPS.Emulator;
using Xunit;
using static SunoPS.Client.Tests.Support.EmulatorSessionExtensions;

namespace SunoPS.Client.Tests.Polling
{
    /// <summary>Tasks joining a running wait, progress snapshots, and stopping at once.</summary>
    public sealed class WaitCancellationTests
    {
        [Fact]
        public async Task Tasks_can_join_while_the_wait_runs()
        {
            await using var s = await EmulatorSession.StartAsync();
            var events = new ConcurrentQueue<WaitEvent>();
            using var waiter = new TaskWaiter(s.Client, Waits.Fast(), events.Enqueue);
            var run = waiter.RunAsync(CancellationToken.None);

            var first = s.Seed(1)[0];
            waiter.Add(first);
            await Waits.WaitUntil(() => events.Any(e => e.TaskId == first));
            Assert.False(run.IsCompleted); // more may come

            var second = s.Seed(1)[0];
            waiter.Add(second);
            waiter.Add(second); // the same task twice is waited for once
            waiter.CompleteAdding();
            await run;

            Assert.Equal(new[] { first, second }, Waits.Final(events).Select(e => e.TaskId));
        }

        [Fact]
        public async Task Cancellation_stops_the_wait_at_once()
        {
            // 20 running tasks polled every 5 s; the wait is cancelled between polls.
            var tasks = new ScriptedTasks();
            var ids = tasks.Music(20, "PENDING");
            using var cts = new CancellationTokenSource();
            var events = new ConcurrentQueue<WaitEvent>();
            using var waiter = new TaskWaiter(tasks.Read, new WaitSettings(), events.Enqueue, tasks.Clock);
            foreach (var id in ids) waiter.Add(id);
            waiter.CompleteAdding();
            var run = waiter.RunAsync(cts.Token);
            await tasks.Clock.DriveAsync(WaitUntilOnClock(tasks.Clock, () => waiter.ReadCount >= 20));
            await tasks.Clock.WhenPendingAsync();
            var stoppedAt = tasks.Clock.Now;

            cts.Cancel();

            // It ends without the clock moving: nothing it waits for outlives the cancellation.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.Equal(stoppedAt, tasks.Clock.Now);
            Assert.Equal(0, tasks.Clock.PendingCount);
            Assert.DoesNotContain(events, e => e.Kind != WaitEventKind.StatusChanged);
        }

        [Fact]
        public async Task Cancellation_stops_reads_that_are_in_flight()
        {
            // Reads that take 30 s of the clock: the wait is cancelled while two are under way.
            var tasks = new ScriptedTasks { ReadTakes = TimeSpan.FromSeconds(30) };
            var ids = tasks.Music(2, "PENDING");
            using var cts = new CancellationTokenSource();
            using var waiter = new TaskWaiter(tasks.Read, new WaitSettings(), _ => { }, tasks.Clock);
            foreach (var id in ids) waiter.Add(id);
            waiter.CompleteAdding();
            var run = waiter.RunAsync(cts.Token);
            // The first read is under way at once; the second waits for the wait's budget (about 0.1 s), then starts.
            await tasks.Clock.WhenPendingAsync(2);
            Assert.Single(tasks.Reads);
            while (tasks.Reads.Count < 2)
            {
                Assert.True(tasks.Clock.NextDue < TimeSpan.FromSeconds(1), "the second read never started");
                tasks.Clock.AdvanceToNextDue(); // what waited runs on inside the move
            }

            Assert.False(run.IsCompleted);

            cts.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.Equal(0, tasks.Clock.PendingCount); // the reads in flight were cancelled, not waited out
            Assert.True(tasks.Clock.Now < TimeSpan.FromSeconds(30));
        }

        /// <summary>Completes once <paramref name="condition"/> holds, looking again whenever the clock moves.</summary>
        private static async Task WaitUntilOnClock(ManualClock clock, Func<bool> condition)
        {
            while (!condition()) await clock.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
        }

        [Fact]
        public async Task A_snapshot_counts_tasks_per_status()
        {
            await using var s = await EmulatorSession.StartAsync();
            var pending = s.Seed(2, "PENDING");
            var first = s.Seed(1, "FIRST_SUCCESS");
            var done = s.Seed(1, "SUCCESS");
            using var cts = new CancellationTokenSource();
            using var waiter = new TaskWaiter(s.Client, Waits.Fast(), _ => { });
            foreach (var id in pending.Concat(first).Concat(done)) waiter.Add(id);
            var run = waiter.RunAsync(cts.Token);
            await Waits.WaitUntil(() => waiter.Snapshot().Done == 1 && !waiter.Snapshot().RunningByStatus.ContainsKey("WAITING"));

            var snapshot = waiter.Snapshot();
            cts.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

            Assert.Equal(4, snapshot.Total);
            Assert.Equal(1, snapshot.Done);
            Assert.Equal(2, snapshot.RunningByStatus["PENDING"]);
            Assert.Equal(1, snapshot.RunningByStatus["FIRST_SUCCESS"]);
            Assert.Equal(pending[0], snapshot.OldestTaskId);
        }
    }
}
