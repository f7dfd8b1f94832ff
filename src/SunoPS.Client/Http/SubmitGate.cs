using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Timing;

namespace SunoPS.Client.Http
{
    /// <summary>
    /// Paces submissions under the API's documented limit (20 per 10 s) with a sliding window, so a batch is
    /// never rejected for going too fast. Shared by everything that submits through one client.
    /// A submission holds its place in the window from when it starts until its answer is in, and the window
    /// is counted from that answer: the server counts arrivals, and a request arrives at the latest when its
    /// answer comes back, so the server never sees more than the limit in one window, however slow the network.
    /// </summary>
    internal sealed class SubmitGate
    {
        private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);

        private readonly int _limit;
        private readonly TimeSpan _window;
        private readonly object _gate = new object();
        private readonly List<Slot> _slots = new List<Slot>();
        private readonly SemaphoreSlim _turn = new SemaphoreSlim(1, 1);
        private readonly SunoClock _clock;
        private TaskCompletionSource<bool> _slotFinished = NewSignal();

        public SubmitGate(int limit, TimeSpan window, SunoClock clock)
        {
            _clock = clock;
            _limit = Math.Max(1, limit);
            _window = window;
        }

        /// <summary>
        /// Waits until one more submission fits in the window and takes a place in it. Dispose the lease when the
        /// submission's answer is in (or it failed); <see cref="Lease.Waited"/> says how long the turn took.
        /// <paramref name="paced"/> hears each time the turn has to wait, with how long (null: until an answer in flight is in).
        /// </summary>
        public async Task<Lease> WaitTurnAsync(CancellationToken cancellationToken, Action<TimeSpan?>? paced = null)
        {
            var started = _clock.Now;
            await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                while (true)
                {
                    TimeSpan? wait = null;
                    Task finished;
                    lock (_gate)
                    {
                        var now = _clock.Now;
                        _slots.RemoveAll(s => s.FinishedAt.HasValue && now - s.FinishedAt.Value >= _window);
                        if (_slots.Count < _limit)
                        {
                            var slot = new Slot();
                            _slots.Add(slot);
                            return new Lease(this, slot, now - started);
                        }

                        foreach (var slot in _slots)
                        {
                            if (!slot.FinishedAt.HasValue) continue;
                            var until = slot.FinishedAt.Value + _window - now + Margin;
                            if (wait == null || until < wait) wait = until;
                        }

                        finished = _slotFinished.Task;
                    }

                    // Until the oldest answer leaves the window, or a submission in flight gets its answer.
                    paced?.Invoke(wait);
                    using (var delay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                    {
                        var timer = wait.HasValue ? _clock.Delay(wait.Value, delay.Token) : Task.Delay(Timeout.InfiniteTimeSpan, delay.Token);
                        await Task.WhenAny(timer, finished).ConfigureAwait(false);
                        delay.Cancel();
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
            finally
            {
                _turn.Release();
            }
        }

        private void Finish(Slot slot)
        {
            TaskCompletionSource<bool> signal;
            lock (_gate)
            {
                if (slot.FinishedAt.HasValue) return;
                slot.FinishedAt = _clock.Now;
                signal = _slotFinished;
                _slotFinished = NewSignal();
            }

            signal.TrySetResult(true);
        }

        private static TaskCompletionSource<bool> NewSignal() =>
            new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        internal sealed class Slot
        {
            public TimeSpan? FinishedAt { get; set; }
        }

        /// <summary>A place in the window; disposing it marks the submission's answer as in.</summary>
        public sealed class Lease : IDisposable
        {
            private readonly SubmitGate _owner;
            private readonly Slot _slot;

            internal Lease(SubmitGate owner, Slot slot, TimeSpan waited)
            {
                _owner = owner;
                _slot = slot;
                Waited = waited;
            }

            public TimeSpan Waited { get; }

            public void Dispose() => _owner.Finish(_slot);
        }
    }
}
