using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Timing;

namespace SunoPS.Client.Tests.Support
{
    /// <summary>
    /// A clock that moves only when a test moves it. <see cref="Delay"/> returns a task that completes once
    /// <see cref="Advance"/> (or <see cref="Set"/>) takes the clock to its due time. Due delays are completed in due
    /// order, outside the lock, on the thread that moves the clock: what waited on them runs on at once, up to its
    /// next wait, before the move returns (so a driven run steps from one due time to the next, not ahead of itself).
    /// Thread-safe: pacers, gates and the scheduler read and wait on it from many threads.
    /// </summary>
    internal sealed class ManualClock : SunoClock
    {
        private readonly object _gate = new object();
        private readonly List<Sleeper> _sleepers = new List<Sleeper>();
        private readonly List<TimeSpan> _requested = new List<TimeSpan>();
        private TaskCompletionSource<bool> _changed = NewSignal();
        private TimeSpan _now;
        private long _sequence;

        public ManualClock(TimeSpan start = default)
        {
            _now = start;
        }

        public override TimeSpan Now
        {
            get
            {
                lock (_gate) return _now;
            }
        }

        /// <summary>Every positive delay asked for so far, in the order asked.</summary>
        public IReadOnlyList<TimeSpan> RequestedDelays
        {
            get
            {
                lock (_gate) return _requested.ToArray();
            }
        }

        /// <summary>Delays that are neither due nor cancelled yet.</summary>
        public int PendingCount
        {
            get
            {
                lock (_gate) return _sleepers.Count;
            }
        }

        /// <summary>When the earliest pending delay is due; null when nothing waits on the clock.</summary>
        public TimeSpan? NextDue
        {
            get
            {
                lock (_gate) return NextDueLocked();
            }
        }

        /// <summary>Moves the clock by <paramref name="by"/> and completes every delay that is due by then.</summary>
        public void Advance(TimeSpan by)
        {
            if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "The clock does not go back.");
            List<Sleeper> due;
            lock (_gate)
            {
                _now += by;
                due = TakeDueLocked();
            }

            Complete(due);
        }

        /// <summary>Puts the clock at <paramref name="now"/>; delays due by then complete (a clock set back completes none).</summary>
        public void Set(TimeSpan now)
        {
            List<Sleeper> due;
            lock (_gate)
            {
                _now = now;
                due = TakeDueLocked();
            }

            Complete(due);
        }

        /// <summary>Moves the clock to the earliest pending due time; false when nothing waits on the clock.</summary>
        public bool AdvanceToNextDue()
        {
            List<Sleeper> due;
            lock (_gate)
            {
                var next = NextDueLocked();
                if (next == null) return false;
                if (next.Value > _now) _now = next.Value;
                due = TakeDueLocked();
            }

            Complete(due);
            return true;
        }

        public override Task Delay(TimeSpan delay, CancellationToken cancellationToken)
        {
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled(cancellationToken);
            if (delay <= TimeSpan.Zero) return Task.CompletedTask;

            Sleeper sleeper;
            TaskCompletionSource<bool> changed;
            lock (_gate)
            {
                _requested.Add(delay);
                sleeper = new Sleeper(_now + delay, _sequence++);
                _sleepers.Add(sleeper);
                changed = _changed;
                _changed = NewSignal();
            }

            if (cancellationToken.CanBeCanceled)
            {
                sleeper.Registration = cancellationToken.Register(() => Cancel(sleeper, cancellationToken));
            }

            changed.TrySetResult(true);
            return sleeper.Completion.Task;
        }

        /// <summary>
        /// Runs <paramref name="work"/> to its end, moving the clock to the next due time whenever everything the work
        /// does waits on the clock. Virtual time is bounded by <paramref name="virtualLimit"/>; real time only by a
        /// generous guard against a hang (it fails the test, it measures nothing).
        /// </summary>
        public async Task DriveAsync(Task work, TimeSpan? virtualLimit = null)
        {
            var end = Now + (virtualLimit ?? TimeSpan.FromHours(2));
            var guard = Stopwatch.StartNew();
            while (!work.IsCompleted)
            {
                if (guard.Elapsed > HangGuard) throw new TimeoutException("The work neither finished nor waited on the clock.");

                // Let continuations that are ready run first, so the clock moves only when the work is idle.
                await Settle().ConfigureAwait(false);
                if (work.IsCompleted) break;

                Task changed;
                TimeSpan? next;
                lock (_gate)
                {
                    changed = _changed.Task;
                    next = NextDueLocked();
                }

                if (next == null)
                {
                    // Nothing waits on the clock yet: wait for the work to end or to ask for a delay.
                    await Task.WhenAny(work, changed, Task.Delay(HangGuard)).ConfigureAwait(false);
                    continue;
                }

                if (next.Value > end) throw new TimeoutException("The work was still waiting after " + virtualLimit + " of clock time.");
                AdvanceToNextDue();
            }

            await work.ConfigureAwait(false);
        }

        /// <summary>Drives the clock until <paramref name="work"/> ends and returns its result.</summary>
        public async Task<T> DriveAsync<T>(Task<T> work, TimeSpan? virtualLimit = null)
        {
            await DriveAsync((Task)work, virtualLimit).ConfigureAwait(false);
            return await work.ConfigureAwait(false);
        }

        /// <summary>Completes once something waits on the clock (at once when something already does).</summary>
        public async Task WhenPendingAsync(int count = 1)
        {
            var guard = Stopwatch.StartNew();
            while (true)
            {
                Task changed;
                lock (_gate)
                {
                    if (_sleepers.Count >= count) return;
                    changed = _changed.Task;
                }

                if (guard.Elapsed > HangGuard) throw new TimeoutException("Nothing came to wait on the clock.");
                await Task.WhenAny(changed, Task.Delay(HangGuard)).ConfigureAwait(false);
            }
        }

        private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

        private static async Task Settle()
        {
            for (var i = 0; i < 4; i++) await Task.Yield();
        }

        private TimeSpan? NextDueLocked() => _sleepers.Count == 0 ? (TimeSpan?)null : _sleepers.Min(s => s.Due);

        private List<Sleeper> TakeDueLocked()
        {
            var due = _sleepers.Where(s => s.Due <= _now).OrderBy(s => s.Due).ThenBy(s => s.Sequence).ToList();
            foreach (var sleeper in due) _sleepers.Remove(sleeper);
            if (due.Count > 0) SignalLocked();
            return due;
        }

        private void Cancel(Sleeper sleeper, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (!_sleepers.Remove(sleeper)) return;
                SignalLocked();
            }

            OutsideContext(() => sleeper.Completion.TrySetCanceled(cancellationToken));
        }

        private void SignalLocked()
        {
            var changed = _changed;
            _changed = NewSignal();
            changed.TrySetResult(true);
        }

        private static void Complete(List<Sleeper> due)
        {
            if (due.Count == 0) return;
            OutsideContext(() =>
            {
                foreach (var sleeper in due)
                {
                    sleeper.Registration.Dispose();
                    sleeper.Completion.TrySetResult(true);
                }
            });
        }

        /// <summary>
        /// Continuations run inline only where no synchronization context is current; a test body has xUnit's, so
        /// the clock sets it aside while it completes delays, and a move behaves the same wherever it is made.
        /// </summary>
        private static void OutsideContext(Action action)
        {
            var saved = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(null);
            try
            {
                action();
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(saved);
            }
        }

        private static TaskCompletionSource<bool> NewSignal() =>
            new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        private sealed class Sleeper
        {
            public Sleeper(TimeSpan due, long sequence)
            {
                Due = due;
                Sequence = sequence;
            }

            public TimeSpan Due { get; }
            public long Sequence { get; }
            // Not asynchronous on purpose: the waiter's continuation runs inside the move of the clock.
            public TaskCompletionSource<bool> Completion { get; } = new TaskCompletionSource<bool>();
            public CancellationTokenRegistration Registration { get; set; }
        }
    }
}
