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
        public async Task Cancellation_stops_the_wait_within_a_second()
        {
            await using var s = await EmulatorSession.StartAsync();
            var ids = s.Seed(20, "PENDING");
            using var cts = new CancellationTokenSource();
            var events = new ConcurrentQueue<WaitEvent>();
            using var waiter = new TaskWaiter(s.Client, Waits.Fast(w => w.PollInterval = TimeSpan.FromSeconds(5)), events.Enqueue);
            foreach (var id in ids) waiter.Add(id);
            waiter.CompleteAdding();
            var run = waiter.RunAsync(cts.Token);
            await Waits.WaitUntil(() => waiter.ReadCount >= 20);

            var clock = Stopwatch.StartNew();
            cts.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), "Stopping took " + clock.Elapsed);
            Assert.DoesNotContain(events, e => e.Kind != WaitEventKind.StatusChanged);
        }

        [Fact]
        public async Task Cancellation_stops_reads_that_are_in_flight()
        {
            await using var s = await EmulatorSession.StartAsync();
            var ids = s.Seed(2, "PENDING");
            s.Fault(FaultKind.Delay, count: -1, path: RecordInfoPath, delayMs: 30000);
            using var cts = new CancellationTokenSource();
            using var waiter = new TaskWaiter(s.Client, Waits.Fast(), _ => { });
            foreach (var id in ids) waiter.Add(id);
            waiter.CompleteAdding();
            var run = waiter.RunAsync(cts.Token);
            await Waits.WaitUntil(() => waiter.ReadCount >= 2);

            var clock = Stopwatch.StartNew();
            cts.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), "Stopping took " + clock.Elapsed);
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
