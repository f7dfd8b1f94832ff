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
    /// <summary>A wait costs about one read per task per interval, never a burst, and slows down when the server asks.</summary>
    public sealed class WaitPacingTests
    {
        [Fact]
        public async Task A_throttling_server_slows_the_budget_down_and_no_error_surfaces()
        {
            await using var s = await EmulatorSession.StartAsync(o =>
            {
                o.ReadLimitPerSecond = 5;
                o.ClockSpeed = 60;
            });
            var ids = s.Emulator.State.SeedTasks(new SeedTasksRequest { Count = 6, FinishSpreadSeconds = 30 });
            double rate = 0;

            var events = await Waits.WaitAsync(s.Client, Waits.Fast(w => w.MaxRequestsPerSecond = 50), ids,
                inspect: waiter => rate = waiter.CurrentRequestRate);

            var final = Waits.Final(events).ToList();
            Assert.Equal(6, final.Count);
            Assert.All(final, e => Assert.Equal(WaitEventKind.Reached, e.Kind));
            Assert.True(s.Emulator.State.Stats.Throttled > 0, "The emulator never throttled: the test proves nothing.");
            Assert.True(rate < 50, "The budget did not slow down: " + rate);
        }

        [Fact]
        public async Task Waiting_costs_about_one_read_per_task_per_interval()
        {
            await using var s = await EmulatorSession.StartAsync(o => o.ClockSpeed = 1);
            var done = s.Seed(20, "SUCCESS");
            var waiter = default(TaskWaiter);

            var events = await Waits.WaitAsync(s.Client, Waits.Fast(w => w.PollInterval = TimeSpan.FromMilliseconds(200)), done,
                inspect: w => waiter = w);

            // Finished tasks are read exactly once each.
            Assert.Equal(20, Waits.Final(events).Count());
            Assert.Equal(20, s.Requests(RecordInfoPath));
            Assert.Equal(20, waiter!.ReadCount);
        }

        [Fact]
        public async Task Running_tasks_are_polled_per_interval_not_in_a_burst()
        {
            // 10 tasks that never finish, polled every 100 ms for 1 s: about 10 reads each, never hundreds.
            await using var s = await EmulatorSession.StartAsync();
            var ids = s.Seed(10, "PENDING");

            var events = await Waits.WaitAsync(s.Client, Waits.Fast(w =>
            {
                w.PollInterval = TimeSpan.FromMilliseconds(100);
                w.MaxPollInterval = TimeSpan.FromMilliseconds(100);
                w.Timeout = TimeSpan.FromSeconds(1);
                w.MaxConcurrentReads = 4;
            }), ids);

            Assert.Equal(10, Waits.Final(events).Count(e => e.Kind == WaitEventKind.TimedOut));
            var reads = s.Requests(RecordInfoPath);
            Assert.InRange(reads, 10 * 3, 10 * 13);
            Assert.True(s.Emulator.State.Stats.PeakConcurrentRequests <= 4);
        }

        [Fact]
        public async Task Poll_intervals_grow_for_long_runners()
        {
            await using var s = await EmulatorSession.StartAsync();
            var ids = s.Seed(1, "PENDING");

            await Waits.WaitAsync(s.Client, Waits.Fast(w =>
            {
                w.PollInterval = TimeSpan.FromMilliseconds(50);
                w.MaxPollInterval = TimeSpan.FromSeconds(30);
                w.Timeout = TimeSpan.FromSeconds(2);
            }), ids);

            // A fixed 50 ms interval would be 40 reads; growing by a quarter each time it is about 12.
            Assert.InRange(s.Requests(RecordInfoPath), 5, 25);
        }
    }
}
