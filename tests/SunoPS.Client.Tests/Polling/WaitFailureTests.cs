using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Polling;
using SunoPS.Client.Tests.Support;
using Xunit;

namespace SunoPS.Client.Tests.Polling
{
    /// <summary>
    /// A wait always ends: a read that throws anything is its task's error, the deadline cancels reads in flight, reads
    /// that keep failing are reported, and the time-out names the last read error (manual clock; a hostile server for
    /// the real-socket case).
    /// </summary>
    public sealed class WaitFailureTests
    {
        private static WaitSettings Settings(double timeoutSec) => new WaitSettings
        {
            PollInterval = TimeSpan.FromSeconds(5),
            MaxPollInterval = TimeSpan.FromSeconds(5),
            Timeout = TimeSpan.FromSeconds(timeoutSec),
            MaxRequestsPerSecond = 100,
        };

        private static async Task<(WaitEvent Event, TimeSpan At)[]> RunAsync(ManualClock clock, WaitSettings settings,
            Func<SunoTaskReference, CancellationToken, Task<SunoTask>> read, params string[] ids)
        {
            var events = new ConcurrentQueue<(WaitEvent, TimeSpan)>();
            using var waiter = new TaskWaiter(read, settings, e => events.Enqueue((e, clock.Now)), clock);
            foreach (var id in ids) waiter.Add(id);
            waiter.CompleteAdding();
            await clock.DriveAsync(waiter.RunAsync(CancellationToken.None), TimeSpan.FromHours(1));
            return events.ToArray();
        }

        [Theory]
        [InlineData(typeof(InvalidOperationException))]
        [InlineData(typeof(DecoderFallbackException))]
        [InlineData(typeof(NotSupportedException))]
        [InlineData(typeof(FormatException))]
        public async Task A_read_that_throws_a_non_Suno_exception_is_that_tasks_error(Type exceptionType)
        {
            var clock = new ManualClock();
            var good = new ScriptedTasks(clock);
            good.Music("good", (0, "PENDING"), (10, "SUCCESS"));

            var events = await RunAsync(clock, Settings(600), (task, token) => task.TaskId == "bad"
                ? Task.FromException<SunoTask>((Exception)Activator.CreateInstance(exceptionType, "boom")!)
                : good.Read(task, token), "bad", "good");

            var bad = Assert.Single(events, e => e.Event.TaskId == "bad").Event;
            Assert.Equal(WaitEventKind.Error, bad.Kind);
            Assert.Equal(SunoErrorKind.MalformedResponse, bad.Error!.Kind);
            Assert.Equal("bad", bad.Error.Target);
            Assert.Contains(events, e => e.Event.TaskId == "good" && e.Event.Kind == WaitEventKind.Reached);
        }

        [Fact]
        public async Task The_deadline_cancels_a_read_in_flight()
        {
            // Every read hangs (until cancelled): the wait still ends at -TimeoutSec, not at the read's own time-out.
            // The moment of the cancel is taken inside the clock's move (its callbacks run there). The event's own clock
            // time is not: it is written from the thread pool, by when the waiter's one-second sleeps may have moved the
            // manual clock on.
            var clock = new ManualClock();
            TimeSpan? cancelledAt = null;
            var events = await RunAsync(clock, Settings(30), async (task, token) =>
            {
                var hang = clock.Delay(TimeSpan.FromMinutes(5), token);
                // Registered after the delay's own, so it runs first when the token is cancelled (callbacks run newest first).
                using var _ = token.Register(() => cancelledAt ??= clock.Now);
                await hang;
                throw new InvalidOperationException("not reached");
            }, "t-1");

            // A TimedOut event, not the read's own failure at 5 min: the deadline, not the read, ended the wait.
            var (evt, _) = Assert.Single(events);
            Assert.Equal(WaitEventKind.TimedOut, evt.Kind);
            Assert.Equal(TimeSpan.FromSeconds(30), cancelledAt);
        }

        [Fact]
        public async Task Reads_that_keep_failing_are_reported_once_and_the_time_out_names_the_last_error()
        {
            var clock = new ManualClock();
            var events = await RunAsync(clock, Settings(60), (task, token) =>
                Task.FromException<SunoTask>(new SunoException(SunoErrorKind.NetworkError, "Could not reach 127.0.0.1: Connection refused")),
                "t-1", "t-2");

            var unreachable = Assert.Single(events, e => e.Event.Kind == WaitEventKind.Unreachable);
            Assert.Equal(TaskWaiter.FailedReadsBeforeWarning, unreachable.Event.FailedReads);
            Assert.Equal(SunoErrorKind.NetworkError, unreachable.Event.Error!.Kind);
            var timedOut = events.Where(e => e.Event.Kind == WaitEventKind.TimedOut).Select(e => e.Event).ToList();
            Assert.Equal(2, timedOut.Count);
            Assert.All(timedOut, e => Assert.Contains("Connection refused", e.Error!.Message));
        }

        [Fact]
        public async Task A_good_read_resets_the_count_of_failed_reads()
        {
            var clock = new ManualClock();
            var good = new ScriptedTasks(clock);
            good.Music("t-1", (0, "PENDING"), (40, "SUCCESS"));
            var number = 0;
            // Two failures, a good read, two failures, ...: never three in a row, never 30 s without a good read.
            var events = await RunAsync(clock, Settings(600), (task, token) => Interlocked.Increment(ref number) % 3 == 0
                ? good.Read(task, token)
                : Task.FromException<SunoTask>(new SunoException(SunoErrorKind.ServerError, "HTTP 502")), "t-1");

            Assert.DoesNotContain(events, e => e.Event.Kind == WaitEventKind.Unreachable);
            Assert.Contains(events, e => e.Event.Kind == WaitEventKind.Reached);
        }

        [Fact]
        public async Task The_time_out_is_kept_against_a_real_server_that_never_answers()
        {
            // The client's per-request time-out (60 s) and retries would hold the read for minutes; the wait's
            // deadline cancels it. Real sockets, so real time: the bound is generous and checks only that it ended.
            using var server = HostileServer.Silent();
            using var client = new SunoClient(new SunoClientOptions { BaseUri = server.Uri, ApiKeyProvider = () => FakeHandler.Key });
            var events = new ConcurrentQueue<WaitEvent>();
            using var waiter = new TaskWaiter(client, new WaitSettings { Timeout = TimeSpan.FromSeconds(3), PollInterval = TimeSpan.FromMilliseconds(50) },
                events.Enqueue);
            waiter.Add("t-1");
            waiter.CompleteAdding();

            var run = waiter.RunAsync(CancellationToken.None);
            var first = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)));

            Assert.Same(run, first);
            Assert.Equal(WaitEventKind.TimedOut, Assert.Single(events).Kind);
            Assert.True(server.Requests >= 1);
        }
    }
}
