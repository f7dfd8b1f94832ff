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
    /// <summary>The one scheduler that waits for many tasks, against the emulator's real task clock: order, stages, -Any, failures, time-outs.</summary>
    public sealed class TaskWaiterTests
    {
        [Fact]
        public async Task Tasks_are_reported_in_the_order_they_finish()
        {
            // 1 emulated second = 0.1 s; the tasks finish 0.9 s, 0.3 s and 0.6 s from now.
            await using var s = await EmulatorSession.StartAsync(o => o.ClockSpeed = 10);
            var ids = s.Emulator.State.SeedTasks(new SeedTasksRequest { Count = 3, FinishAfterSeconds = new[] { 9.0, 3.0, 6.0 } });

            var events = await Waits.WaitAsync(s.Client, Waits.Fast(), ids);

            var reached = Waits.Final(events).ToList();
            Assert.All(reached, e => Assert.Equal(WaitEventKind.Reached, e.Kind));
            Assert.Equal(new[] { ids[1], ids[2], ids[0] }, reached.Select(e => e.TaskId));
            Assert.All(reached, e =>
            {
                Assert.Equal("SUCCESS", e.Task!.Status);
                Assert.Equal(2, e.Task.Tracks.Count);
            });
        }

        [Fact]
        public async Task Status_changes_are_reported_on_the_way()
        {
            await using var s = await EmulatorSession.StartAsync(o => o.ClockSpeed = 100);
            var ids = s.Emulator.State.SeedTasks(new SeedTasksRequest { Count = 1, FinishAfterSeconds = new[] { 120.0 } });

            var events = await Waits.WaitAsync(s.Client, Waits.Fast(), ids);

            var changes = events.Where(e => e.Kind == WaitEventKind.StatusChanged).ToList();
            Assert.NotEmpty(changes);
            Assert.Null(changes[0].PreviousStatus);
            Assert.All(changes.Skip(1), c => Assert.NotEqual(c.PreviousStatus, c.Task!.Status));
            Assert.Equal(WaitEventKind.Reached, events.Last().Kind);
            Assert.Equal(changes.Last().Task!.Status, events.Last().PreviousStatus);
        }

        [Theory]
        [InlineData(WaitStage.Text, "TEXT_SUCCESS")]
        [InlineData(WaitStage.First, "FIRST_SUCCESS")]
        public async Task Until_an_earlier_stage_ends_there(WaitStage until, string status)
        {
            await using var s = await EmulatorSession.StartAsync();
            var ids = s.Seed(2, status);

            var events = await Waits.WaitAsync(s.Client, Waits.Fast(w => w.Until = until), ids);

            Assert.Equal(2, events.Count);
            Assert.All(events, e =>
            {
                Assert.Equal(WaitEventKind.Reached, e.Kind);
                Assert.Equal(status, e.Task!.Status);
            });
            if (until == WaitStage.First)
            {
                Assert.All(events, e => Assert.All(e.Task!.Tracks, t => Assert.True(t.IsPlayable)));
            }
        }

        [Fact]
        public async Task A_later_stage_also_satisfies_an_earlier_one()
        {
            await using var s = await EmulatorSession.StartAsync();
            var ids = s.Seed(1, "SUCCESS");

            var events = await Waits.WaitAsync(s.Client, Waits.Fast(w => w.Until = WaitStage.Text), ids);

            Assert.Equal("SUCCESS", Assert.Single(events).Task!.Status);
        }

        [Fact]
        public async Task Any_returns_after_the_first_finished_task_only()
        {
            await using var s = await EmulatorSession.StartAsync();
            var running = s.Seed(4, "PENDING");
            var done = s.Seed(1, "SUCCESS");

            var events = await Waits.WaitAsync(s.Client, Waits.Fast(w => w.Any = true), running.Concat(done));

            var final = Waits.Final(events).ToList();
            Assert.Equal(done[0], Assert.Single(final).TaskId);
            Assert.Equal(WaitEventKind.Reached, final[0].Kind);
        }

        [Fact]
        public async Task Any_reports_exactly_one_task_even_when_many_finish_at_once()
        {
            await using var s = await EmulatorSession.StartAsync();
            for (var round = 0; round < 5; round++)
            {
                var ids = s.Seed(16, "SUCCESS");

                var events = await Waits.WaitAsync(s.Client, Waits.Fast(w =>
                {
                    w.Any = true;
                    w.MaxConcurrentReads = 8;
                    w.MaxRequestsPerSecond = 1000;
                }), ids);

                Assert.Single(Waits.Final(events));
            }
        }

        [Fact]
        public async Task Failed_tasks_are_failed_events_and_the_others_go_on()
        {
            await using var s = await EmulatorSession.StartAsync(o => o.ClockSpeed = 100);
            var fail = s.Emulator.State.SeedTasks(new SeedTasksRequest { Count = 1, Prompt = "song [fail]", FinishAfterSeconds = new[] { 60.0 } });
            var sensitive = s.Emulator.State.SeedTasks(new SeedTasksRequest { Count = 1, Prompt = "song [sensitive]" });
            var good = s.Emulator.State.SeedTasks(new SeedTasksRequest { Count = 2, FinishAfterSeconds = new[] { 60.0, 90.0 } });

            var events = Waits.Final(await Waits.WaitAsync(s.Client, Waits.Fast(), fail.Concat(sensitive).Concat(good))).ToDictionary(e => e.TaskId);

            Assert.Equal(4, events.Count);
            var failed = events[fail[0]];
            Assert.Equal(WaitEventKind.Failed, failed.Kind);
            Assert.Equal("GENERATE_AUDIO_FAILED", failed.Task!.Status);
            Assert.Equal(501, failed.Task.ErrorCode);
            Assert.False(string.IsNullOrEmpty(failed.Task.ErrorMessage));
            var rejected = events[sensitive[0]];
            Assert.Equal(WaitEventKind.Failed, rejected.Kind);
            Assert.Equal("SENSITIVE_WORD_ERROR", rejected.Task!.Status);
            Assert.Equal(400, rejected.Task.ErrorCode);
            Assert.All(good, id => Assert.Equal(WaitEventKind.Reached, events[id].Kind));
        }

        [Fact]
        public async Task Failures_end_the_wait_even_when_waiting_for_an_earlier_stage()
        {
            await using var s = await EmulatorSession.StartAsync();
            var ids = s.Emulator.State.SeedTasks(new SeedTasksRequest { Count = 1, Prompt = "[create-fail]" });

            var events = await Waits.WaitAsync(s.Client, Waits.Fast(w => w.Until = WaitStage.Text), ids);

            Assert.Equal(WaitEventKind.Failed, Assert.Single(Waits.Final(events)).Kind);
        }

        [Fact]
        public async Task A_task_that_does_not_finish_in_time_times_out_with_its_last_status()
        {
            await using var s = await EmulatorSession.StartAsync();
            var stuck = s.Seed(1, "FIRST_SUCCESS");
            var done = s.Seed(1, "SUCCESS");

            var events = Waits.Final(await Waits.WaitAsync(s.Client, Waits.Fast(w => w.Timeout = TimeSpan.FromMilliseconds(600)), stuck.Concat(done)))
                .ToDictionary(e => e.TaskId);

            Assert.Equal(WaitEventKind.Reached, events[done[0]].Kind);
            var timedOut = events[stuck[0]];
            Assert.Equal(WaitEventKind.TimedOut, timedOut.Kind);
            Assert.Equal("FIRST_SUCCESS", timedOut.PreviousStatus);
        }

        [Fact]
        public async Task An_unknown_task_is_an_error_event_and_the_others_go_on()
        {
            await using var s = await EmulatorSession.StartAsync();
            var ids = s.Seed(2);

            var events = Waits.Final(await Waits.WaitAsync(s.Client, Waits.Fast(), new[] { ids[0], "no-such-task", ids[1] })).ToDictionary(e => e.TaskId);

            Assert.Equal(SunoErrorKind.TaskNotFound, events["no-such-task"].Error!.Kind);
            Assert.Equal(WaitEventKind.Error, events["no-such-task"].Kind);
            Assert.Equal(WaitEventKind.Reached, events[ids[0]].Kind);
            Assert.Equal(WaitEventKind.Reached, events[ids[1]].Kind);
        }

        [Fact]
        public async Task A_rejected_key_ends_the_whole_wait()
        {
            await using var s = await EmulatorSession.StartAsync();
            var ids = s.Seed(3, "PENDING");
            using var client = new SunoClient(new SunoClientOptions { BaseUri = s.Emulator.ApiUri, ApiKeyProvider = () => "not-the-key-000000" });

            var e = await Assert.ThrowsAsync<SunoException>(() => Waits.WaitAsync(client, Waits.Fast(), ids));

            Assert.Equal(SunoErrorKind.AuthenticationFailed, e.Kind);
        }

        [Fact]
        public async Task Transient_failures_are_ridden_out()
        {
            await using var s = await EmulatorSession.StartAsync(configureClient: c => c.MaxRetries = 0);
            var ids = s.Seed(3);
            s.Fault(FaultKind.BodyCode, 455, count: 3, path: RecordInfoPath);
            s.Fault(FaultKind.Html, 502, count: 2, path: RecordInfoPath);
            s.Fault(FaultKind.Reset, count: 2, path: RecordInfoPath);

            var events = Waits.Final(await Waits.WaitAsync(s.Client, Waits.Fast(), ids)).ToList();

            Assert.Equal(3, events.Count);
            Assert.All(events, e => Assert.Equal(WaitEventKind.Reached, e.Kind));
        }
    }
}
