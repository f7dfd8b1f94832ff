using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using SunoPS.Client.Polling;
using SunoPS.Client.Tests.Support;
using Xunit;

namespace SunoPS.Client.Tests.Polling
{
    /// <summary>
    /// A wait costs about one read per task per interval, never a burst, and stays within its read budget; the
    /// session's read pacer slows reads down when the server throttles. Everything runs on a manual clock.
    /// </summary>
    public sealed class WaitPacingTests
    {
        private static WaitSettings Settings(Action<WaitSettings>? configure = null)
        {
            var settings = new WaitSettings
            {
                PollInterval = TimeSpan.FromMilliseconds(100),
                MaxPollInterval = TimeSpan.FromMilliseconds(100),
                Timeout = TimeSpan.FromSeconds(20),
                MaxRequestsPerSecond = 200,
            };
            configure?.Invoke(settings);
            return settings;
        }

        [Fact]
        public async Task The_waits_reads_stay_within_its_budget_however_many_tasks_are_due()
        {
            // 12 tasks polled every 0.1 s would want 120 reads a second; the budget allows 5.
            var tasks = new ScriptedTasks();
            var ids = tasks.Music(12, "PENDING");

            var events = await tasks.WaitAsync(Settings(w => w.MaxRequestsPerSecond = 5), ids);

            Assert.Equal(12, events.Count(e => e.Event.Kind == WaitEventKind.TimedOut));
            var reads = tasks.Reads.Select(r => r.At).OrderBy(t => t).ToList();
            var first = 0;
            for (var last = 0; last < reads.Count; last++)
            {
                while (reads[first] <= reads[last] - TimeSpan.FromSeconds(1)) first++;
                Assert.True(last - first + 1 <= 5, "More than 5 reads in the second before " + reads[last]);
            }

            // The budget is used, not wasted: close to 5 reads a second for the 20 s, shared by every task.
            Assert.InRange(reads.Count, 80, 101);
            Assert.All(ids, id => Assert.InRange(tasks.ReadsOf(id).Count(), 5, 10));
        }

        [Fact]
        public async Task Waiting_costs_one_read_per_finished_task()
        {
            var tasks = new ScriptedTasks();
            var done = tasks.Music(20, "SUCCESS");
            TaskWaiter? waiter = null;

            var events = await tasks.WaitAsync(Settings(), done, inspect: w => waiter = w);

            // Finished tasks are read exactly once each.
            Assert.Equal(20, events.Count(e => e.Event.Kind == WaitEventKind.Reached));
            Assert.Equal(20, tasks.Reads.Count);
            Assert.Equal(20, waiter!.ReadCount);
            Assert.Equal(done.OrderBy(i => i), tasks.Reads.Select(r => r.Task.TaskId).OrderBy(i => i));
        }

        [Fact]
        public async Task Running_tasks_are_polled_per_interval_not_in_a_burst()
        {
            // 10 tasks that never finish, polled every 0.1 s for 1 s: about 10 reads each, never hundreds.
            var tasks = new ScriptedTasks();
            var ids = tasks.Music(10, "PENDING");

            var events = await tasks.WaitAsync(Settings(w => w.Timeout = TimeSpan.FromSeconds(1)), ids);

            Assert.Equal(10, events.Count(e => e.Event.Kind == WaitEventKind.TimedOut));
            foreach (var id in ids)
            {
                var times = tasks.ReadsOf(id).ToList();
                Assert.InRange(times.Count, 9, 12);
                for (var i = 1; i < times.Count; i++)
                {
                    // The interval with its ±10 % jitter; the budget of 200 a second never holds a read back here.
                    Assert.InRange((times[i] - times[i - 1]).TotalMilliseconds, 89.9, 110.1);
                }
            }

            Assert.All(tasks.Reads, r => Assert.True(r.At < TimeSpan.FromSeconds(1), "read after the time-out at " + r.At));
        }

        [Fact]
        public async Task No_more_reads_are_in_flight_than_allowed()
        {
            var tasks = new ScriptedTasks { ReadTakes = TimeSpan.FromMilliseconds(300) };
            var ids = tasks.Music(10, "PENDING");

            await tasks.WaitAsync(Settings(w =>
            {
                w.Timeout = TimeSpan.FromSeconds(3);
                w.MaxConcurrentReads = 4;
            }), ids);

            Assert.Equal(4, tasks.PeakInFlight);
            Assert.InRange(tasks.Reads.Count, 20, 45); // 4 at a time, 0.3 s each, for 3 s
        }

        [Fact]
        public async Task Poll_intervals_grow_for_long_runners()
        {
            var tasks = new ScriptedTasks();
            var id = tasks.Music("long", (0, "PENDING"));

            await tasks.WaitAsync(Settings(w =>
            {
                w.PollInterval = TimeSpan.FromMilliseconds(50);
                w.MaxPollInterval = TimeSpan.FromSeconds(30);
                w.Timeout = TimeSpan.FromSeconds(2);
            }), new[] { id });

            // A fixed 50 ms interval would be 40 reads; growing by a quarter each time it is about 12.
            var times = tasks.ReadsOf(id).ToList();
            Assert.InRange(times.Count, 8, 16);
            var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
            for (var i = 1; i < gaps.Count; i++)
            {
                // ×1.25 per read with ±10 % jitter: each gap is longer than the one before.
                Assert.True(gaps[i] > gaps[i - 1], "gap " + i + " (" + gaps[i] + ") is not longer than " + gaps[i - 1]);
            }
        }

        [Fact]
        public async Task Poll_intervals_stop_growing_at_the_maximum()
        {
            var tasks = new ScriptedTasks();
            var id = tasks.Music("capped", (0, "PENDING"));

            await tasks.WaitAsync(Settings(w =>
            {
                w.PollInterval = TimeSpan.FromSeconds(1);
                w.MaxPollInterval = TimeSpan.FromSeconds(4);
                // Before the documented window of a generation (2–3 min), where early reads would come between.
                w.Timeout = TimeSpan.FromSeconds(90);
            }), new[] { id });

            var times = tasks.ReadsOf(id).ToList();
            var gaps = times.Zip(times.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
            Assert.All(gaps, g => Assert.InRange(g, 0.9, 4.4));
            Assert.All(gaps.Skip(8), g => Assert.InRange(g, 3.6, 4.4));
        }

        [Fact]
        public async Task A_throttling_server_slows_the_sessions_reads_down_and_no_error_surfaces()
        {
            // The wait may read 50 times a second; the server allows 5 and refuses the rest with code 430.
            var clock = new ManualClock();
            var server = new FakeRecordServer(clock, readLimit: 5);
            var ids = Enumerable.Range(0, 6).Select(i => "slow-" + i).ToList();
            foreach (var id in ids) server.FinishAt(id, TimeSpan.FromSeconds(5));
            using var client = server.Client();
            var events = new ConcurrentQueue<WaitEvent>();
            using var waiter = new TaskWaiter(client, Settings(w =>
            {
                w.PollInterval = TimeSpan.FromMilliseconds(50);
                w.MaxPollInterval = TimeSpan.FromMilliseconds(50);
                w.MaxRequestsPerSecond = 50;
            }), events.Enqueue);
            foreach (var id in ids) waiter.Add(id);
            waiter.CompleteAdding();

            await clock.DriveAsync(waiter.RunAsync(default));

            Assert.True(server.Throttled > 0, "The server never throttled: the test proves nothing.");
            Assert.True(6 == events.Count(e => e.Kind == WaitEventKind.Reached),
                string.Join("; ", events.Select(e => e.TaskId + " " + e.Kind + " " + e.Task?.Status + " " + e.Error?.Message)));
            Assert.DoesNotContain(events, e => e.Kind == WaitEventKind.Error || e.Kind == WaitEventKind.TimedOut);
            // The session's pacer took the pace down to what the server allows...
            Assert.InRange(client.ReadPacer.CurrentRate, 0.5, 5);
            // ...so the reads stopped running into the limit: without it, most of ~300 reads would have been refused.
            Assert.True(server.Throttled <= 12, server.Throttled + " reads were refused");
        }
    }
}
