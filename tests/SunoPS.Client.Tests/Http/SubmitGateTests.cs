using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Http;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using Xunit;

namespace SunoPS.Client.Tests.Http
{
    /// <summary>Submissions are paced under the limit, so a batch is never refused for going too fast (all on a manual clock).</summary>
    public sealed class SubmitGateTests
    {
        [Fact]
        public async Task A_batch_larger_than_the_limit_is_paced_and_none_is_refused()
        {
            // A server that refuses a 4th submission within any 1 s of the clock, as the API does past 20 per 10 s.
            var clock = new ManualClock();
            var arrivals = new List<TimeSpan>();
            var refused = 0;
            var handler = new FakeHandler(request =>
            {
                lock (arrivals)
                {
                    var now = clock.Now;
                    if (arrivals.Count(a => a > now - TimeSpan.FromSeconds(1)) >= 3)
                    {
                        refused++;
                        return FakeHandler.Envelope(430, msg: "Your call frequency is too high.");
                    }

                    arrivals.Add(now);
                    return FakeHandler.Envelope(200, "{\"taskId\":\"t" + arrivals.Count + "\"}");
                }
            });
            using var client = new SunoClient(FakeHandler.Options(o =>
            {
                o.Clock = clock;
                o.SubmitLimit = 3;
                o.SubmitWindow = TimeSpan.FromSeconds(1);
            }), handler);

            var ids = await clock.DriveAsync(Task.WhenAll(Enumerable.Range(0, 7)
                .Select(i => client.GenerateMusicAsync(new GenerateMusicRequest { Prompt = "Song " + i }))));

            Assert.Equal(7, ids.Distinct().Count());
            Assert.Equal(0, refused);
            Assert.Equal(7, handler.Count); // no retries were needed
            // 7 submissions at 3 per window need at least two full windows of the clock.
            Assert.True(arrivals.Max() - arrivals.Min() >= TimeSpan.FromSeconds(2), "7 submissions went out faster than 3 per second.");
            for (var i = 3; i < arrivals.Count; i++)
            {
                Assert.True(arrivals[i] - arrivals[i - 3] >= TimeSpan.FromSeconds(1), "4 submissions within a second");
            }
        }

        [Fact]
        public async Task Clients_of_one_origin_and_key_share_one_pace_across_the_process()
        {
            // 8 clients (8 runspaces of ForEach-Object -Parallel) with the same key: together they keep to the limit.
            var clock = new ManualClock();
            var arrivals = new List<TimeSpan>();
            var refused = 0;
            var handler = new FakeHandler(request =>
            {
                lock (arrivals)
                {
                    var now = clock.Now;
                    if (arrivals.Count(a => a > now - TimeSpan.FromSeconds(1)) >= 3)
                    {
                        refused++;
                        return FakeHandler.Envelope(430, msg: "Your call frequency is too high.");
                    }

                    arrivals.Add(now);
                    return FakeHandler.Envelope(200, "{\"taskId\":\"t" + arrivals.Count + "\"}");
                }
            });
            var clients = Enumerable.Range(0, 8).Select(_ => new SunoClient(FakeHandler.Options(o =>
            {
                o.Clock = clock;
                o.SubmitLimit = 3;
                o.SubmitWindow = TimeSpan.FromSeconds(1);
                o.MaxRetries = 0;
            }), new ForwardingHandler(handler))).ToList();

            var ids = await clock.DriveAsync(Task.WhenAll(clients.SelectMany((c, i) => Enumerable.Range(0, 2)
                .Select(j => c.GenerateMusicAsync(new GenerateMusicRequest { Prompt = "Song " + i + "-" + j })))));

            Assert.Equal(16, ids.Distinct().Count());
            Assert.Equal(0, refused);
            foreach (var client in clients) client.Dispose();
        }

        [Fact]
        public void Another_key_or_origin_has_a_pace_of_its_own()
        {
            var clock = new ManualClock();
            var a = SubmitGates.For(new Uri("https://api.test/"), "key-a-0123456789", 20, TimeSpan.FromSeconds(10), clock);
            Assert.Same(a, SubmitGates.For(new Uri("https://API.test/other/"), "key-a-0123456789", 20, TimeSpan.FromSeconds(10), clock));
            Assert.NotSame(a, SubmitGates.For(new Uri("https://api.test/"), "key-b-0123456789", 20, TimeSpan.FromSeconds(10), clock));
            Assert.NotSame(a, SubmitGates.For(new Uri("https://gw.test/"), "key-a-0123456789", 20, TimeSpan.FromSeconds(10), clock));
        }

        /// <summary>Each client disposes its handler; this one leaves the shared fake alone.</summary>
        private sealed class ForwardingHandler : System.Net.Http.DelegatingHandler
        {
            public ForwardingHandler(System.Net.Http.HttpMessageHandler inner) : base(inner)
            {
            }

            protected override void Dispose(bool disposing)
            {
            }
        }

        [Fact]
        public async Task The_gate_lets_the_limit_through_at_once_then_waits_out_the_window()
        {
            var clock = new ManualClock();
            var gate = new SubmitGate(3, TimeSpan.FromSeconds(30), clock);
            for (var i = 0; i < 3; i++)
            {
                using var lease = await gate.WaitTurnAsync(CancellationToken.None);
                Assert.Equal(TimeSpan.Zero, lease.Waited);
            }

            var fourth = gate.WaitTurnAsync(CancellationToken.None);
            Assert.False(fourth.IsCompleted);
            clock.Advance(TimeSpan.FromSeconds(29));
            await Task.Yield();
            Assert.False(fourth.IsCompleted);

            using var late = await clock.DriveAsync(fourth);
            // The window is counted from the answers (all at 0) and the gate adds a small margin.
            Assert.InRange(late.Waited, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30.1));
            Assert.Equal(late.Waited, clock.Now);
        }

        [Fact]
        public async Task A_submission_in_flight_holds_its_place_until_its_answer_is_in()
        {
            var clock = new ManualClock();
            var gate = new SubmitGate(1, TimeSpan.FromMilliseconds(100), clock);
            var first = await gate.WaitTurnAsync(CancellationToken.None);

            // However long the first answer takes, the second submission does not start before it.
            var second = gate.WaitTurnAsync(CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(10));
            await Task.Yield();
            Assert.False(second.IsCompleted);
            Assert.Equal(0, clock.PendingCount); // nothing to wait out on the clock: only the answer frees the place

            first.Dispose(); // the answer is in at minute 10: the window runs from there
            var answeredAt = clock.Now;
            await clock.WhenPendingAsync();
            Assert.False(second.IsCompleted);
            using var lease = await clock.DriveAsync(second);
            Assert.True(clock.Now - answeredAt >= TimeSpan.FromMilliseconds(100));
        }

        [Fact]
        public async Task A_cancelled_wait_takes_no_place()
        {
            var clock = new ManualClock();
            var gate = new SubmitGate(1, TimeSpan.FromMilliseconds(300), clock);
            (await gate.WaitTurnAsync(CancellationToken.None)).Dispose();
            using (var cts = new CancellationTokenSource())
            {
                var cancelled = gate.WaitTurnAsync(cts.Token);
                Assert.False(cancelled.IsCompleted);
                cts.Cancel();
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
            }

            // The next caller waits out only the first submission's window, not a second one.
            using var lease = await clock.DriveAsync(gate.WaitTurnAsync(CancellationToken.None));
            Assert.InRange(clock.Now, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(400));
        }

        [Fact]
        public async Task Submissions_wait_their_turn_one_after_another()
        {
            var clock = new ManualClock();
            var gate = new SubmitGate(2, TimeSpan.FromSeconds(10), clock);
            var leases = new List<SubmitGate.Lease>();
            var starts = new List<TimeSpan>();

            async Task Submit()
            {
                var lease = await gate.WaitTurnAsync(CancellationToken.None);
                lock (starts) starts.Add(clock.Now);
                lease.Dispose();
            }

            await clock.DriveAsync(Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Submit())));

            starts.Sort();
            Assert.Equal(6, starts.Count);
            for (var i = 2; i < starts.Count; i++)
            {
                Assert.True(starts[i] - starts[i - 2] >= TimeSpan.FromSeconds(10), "3 submissions inside one window: " + string.Join(", ", starts));
            }
        }
    }
}
