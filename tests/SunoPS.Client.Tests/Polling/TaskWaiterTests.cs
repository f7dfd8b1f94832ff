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
    /// <summary>
    /// The one scheduler that waits for many tasks: order, stages, -Any, failures, time-outs. What depends on time runs on a
    /// manual clock with a scripted reader; the rest against the emulator (outcomes only, nothing timed).
    /// </summary>
    public sealed class TaskWaiterTests
    {
        /// <summary>Settings for waits on a manual clock: the documented defaults, with a time-out long enough for the scripts.</summary>
        private static WaitSettings OnClock(Action<WaitSettings>? configure = null)
        {
            var settings = new WaitSettings { Timeout = TimeSpan.FromMinutes(10) };
            configure?.Invoke(settings);
            return settings;
        }

        [Fact]
        public async Task Tasks_are_reported_in_the_order_they_finish()
        {
            // On the clock, the tasks finish 9 s, 3 s and 6 s from now.
            var tasks = new ScriptedTasks();
            var ids = new[]
            {
                tasks.Music("nine", (0, "PENDING"), (9, "SUCCESS")),
                tasks.Music("three", (0, "PENDING"), (3, "SUCCESS")),
                tasks.Music("six", (0, "PENDING"), (6, "SUCCESS")),
            };

            var events = await tasks.WaitAsync(OnClock(w =>
            {
                w.PollInterval = TimeSpan.FromSeconds(1);
                w.MaxPollInterval = TimeSpan.FromSeconds(1);
            }), ids);

            var reached = events.Where(e => e.Event.Kind != WaitEventKind.StatusChanged).ToList();
            Assert.All(reached, e => Assert.Equal(WaitEventKind.Reached, e.Event.Kind));
            Assert.Equal(new[] { "three", "six", "nine" }, reached.Select(e => e.Event.TaskId));
            Assert.All(reached, e =>
            {
                Assert.Equal("SUCCESS", e.Event.Task!.Status);
                Assert.Equal(2, e.Event.Task.Tracks.Count);
                // Reported at the first poll after the task finished: within one jittered interval of it.
                var finished = TimeSpan.FromSeconds(e.Event.TaskId == "three" ? 3 : e.Event.TaskId == "six" ? 6 : 9);
                Assert.InRange(e.At, finished, finished + TimeSpan.FromSeconds(1.1));
            });
        }

        [Fact]
        public async Task Status_changes_are_reported_on_the_way()
        {
            var tasks = new ScriptedTasks();
            var id = tasks.Music("staged", (0, "PENDING"), (10, "TEXT_SUCCESS"), (60, "FIRST_SUCCESS"), (200, "SUCCESS"));

            var events = (await tasks.WaitAsync(OnClock(w => w.MaxPollInterval = TimeSpan.FromSeconds(20)), new[] { id }))
                .Select(e => e.Event).ToList();

            var changes = events.Where(e => e.Kind == WaitEventKind.StatusChanged).ToList();
            Assert.Equal(new[] { "PENDING", "TEXT_SUCCESS", "FIRST_SUCCESS" }, changes.Select(c => c.Task!.Status));
            Assert.Equal(new string?[] { null, "PENDING", "TEXT_SUCCESS" }, changes.Select(c => c.PreviousStatus));
            Assert.Equal(WaitEventKind.Reached, events.Last().Kind);
            Assert.Equal("FIRST_SUCCESS", events.Last().PreviousStatus);
            Assert.Equal("SUCCESS", events.Last().Task!.Status);
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
            var tasks = new ScriptedTasks();
            var fail = "fail";
            tasks.Script(new SunoTaskReference(fail), (0, ScriptedTasks.MusicRecord(fail, "PENDING")),
                (60, ScriptedTasks.MusicRecord(fail, "GENERATE_AUDIO_FAILED", 501, "Generation failed")));
            var sensitive = "sensitive";
            tasks.Script(new SunoTaskReference(sensitive), (0, ScriptedTasks.MusicRecord(sensitive, "SENSITIVE_WORD_ERROR", 400, "Prohibited words")));
            var good = new[] { tasks.Music("good-60", (0, "PENDING"), (60, "SUCCESS")), tasks.Music("good-90", (0, "PENDING"), (90, "SUCCESS")) };

            var events = (await tasks.WaitAsync(OnClock(), new[] { fail, sensitive }.Concat(good)))
                .Select(e => e.Event).Where(e => e.Kind != WaitEventKind.StatusChanged).ToDictionary(e => e.TaskId);

            Assert.Equal(4, events.Count);
            var failed = events[fail];
            Assert.Equal(WaitEventKind.Failed, failed.Kind);
            Assert.Equal("GENERATE_AUDIO_FAILED", failed.Task!.Status);
            Assert.Equal(501, failed.Task.ErrorCode);
            Assert.False(string.IsNullOrEmpty(failed.Task.ErrorMessage));
            var rejected = events[sensitive];
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
            var tasks = new ScriptedTasks();
            var stuck = tasks.Music("stuck", (0, "FIRST_SUCCESS"));
            var done = tasks.Music("done", (0, "SUCCESS"));

            var events = (await tasks.WaitAsync(OnClock(w => w.Timeout = TimeSpan.FromSeconds(60)), new[] { stuck, done }))
                .Where(e => e.Event.Kind != WaitEventKind.StatusChanged).ToDictionary(e => e.Event.TaskId);

            Assert.Equal(WaitEventKind.Reached, events[done].Event.Kind);
            var timedOut = events[stuck];
            Assert.Equal(WaitEventKind.TimedOut, timedOut.Event.Kind);
            Assert.Equal("FIRST_SUCCESS", timedOut.Event.PreviousStatus);
            Assert.Null(timedOut.Event.Task);
            // It is given up at its deadline, not before and not a poll later; no read is made after it.
            Assert.Equal(TimeSpan.FromSeconds(60), timedOut.At);
            Assert.All(tasks.ReadsOf(stuck), at => Assert.True(at < TimeSpan.FromSeconds(60)));
        }

        [Fact]
        public async Task Each_task_has_its_own_deadline_from_when_it_joined()
        {
            var tasks = new ScriptedTasks();
            var early = tasks.Music("early", (0, "PENDING"));
            var late = tasks.Music("late", (0, "PENDING"));
            var events = new ConcurrentQueue<(WaitEvent Event, TimeSpan At)>();
            using var waiter = new TaskWaiter(tasks.Read, OnClock(w => w.Timeout = TimeSpan.FromSeconds(30)),
                e => events.Enqueue((e, tasks.Clock.Now)), tasks.Clock);
            waiter.Add(early);
            tasks.Clock.Advance(TimeSpan.FromSeconds(10));
            waiter.Add(late);
            waiter.CompleteAdding();

            await tasks.Clock.DriveAsync(waiter.RunAsync(default));

            var at = events.Where(e => e.Event.Kind == WaitEventKind.TimedOut).ToDictionary(e => e.Event.TaskId, e => e.At);
            Assert.Equal(TimeSpan.FromSeconds(30), at[early]);
            Assert.Equal(TimeSpan.FromSeconds(40), at[late]);
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
