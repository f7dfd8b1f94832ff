using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Timing;

namespace SunoPS.Client.Http
{
    /// <summary>
    /// How many transfers of one command run at once (Save-SunoTrack's downloads, Send-SunoFile's uploads). With a cap the user gave, it starts at the cap (what they
    /// asked for) and only backs off when the host pushes back. Without one it starts at <see cref="DefaultStart"/>
    /// and doubles after each round (as many finished files as there are slots) whose throughput grew by a tenth,
    /// up to <see cref="DefaultCeiling"/>: with latency to the host, files per round trip decide the speed, so a
    /// fixed small number leaves most of the line idle. Growth is one round at a time, so a host never sees more
    /// new requests at once than the round before it sent back. A 429 or 503 halves the limit and holds every new
    /// start until its Retry-After has passed; a broken connection or other 5xx takes a quarter off. One back-off
    /// per round: the files that were already in flight when the host pushed back cannot each halve it again.
    /// Every time is read from the clock, so tests drive it by hand.
    /// </summary>
    internal sealed class AdaptiveConcurrency
    {
        /// <summary>Where an uncapped controller starts: the old fixed default, safe for any host.</summary>
        public const int DefaultStart = 4;

        /// <summary>The most an uncapped controller grows to (the most -ThrottleLimit accepts, and the file client's connections per host).</summary>
        public const int DefaultCeiling = 32;

        /// <summary>A round's throughput must beat the last one's by this factor for the limit to keep growing.</summary>
        internal const double GrowthNeeded = 1.10;

        private readonly object _gate = new object();
        private readonly SunoClock _clock;
        private readonly LinkedList<TaskCompletionSource<Slot>> _waiting = new LinkedList<TaskCompletionSource<Slot>>();
        private readonly bool _grows;
        private int _running;
        private TimeSpan _roundStart;
        private long _roundBytes;
        private int _roundFiles;
        private double? _lastRate;
        private TimeSpan _heldUntil;
        private bool _timerSet;
        private long _generation; // counts back-offs; a slot started before the latest one cannot cause another

        private AdaptiveConcurrency(int start, int ceiling, bool grows, SunoClock clock)
        {
            Ceiling = Math.Max(1, ceiling);
            Limit = Math.Max(1, Math.Min(start, Ceiling));
            _grows = grows;
            _clock = clock ?? SunoClock.System;
            _roundStart = _clock.Now;
        }

        /// <summary>No cap given: starts at <see cref="DefaultStart"/>, grows with throughput up to <see cref="DefaultCeiling"/>.</summary>
        public static AdaptiveConcurrency Adaptive(SunoClock? clock = null, int ceiling = DefaultCeiling) =>
            new AdaptiveConcurrency(DefaultStart, ceiling, grows: true, clock ?? SunoClock.System);

        /// <summary>The user's cap: runs that many at once unless the host pushes back, and never more.</summary>
        public static AdaptiveConcurrency Capped(int cap, SunoClock? clock = null) =>
            new AdaptiveConcurrency(cap, cap, grows: false, clock ?? SunoClock.System);

        /// <summary>Never exceeded.</summary>
        public int Ceiling { get; }

        /// <summary>How many may run at once now.</summary>
        public int Limit { get; private set; }

        public int Running
        {
            get
            {
                lock (_gate) return _running;
            }
        }

        /// <summary>The highest limit reached so far (for diagnostics and benchmarks).</summary>
        public int PeakLimit { get; private set; }

        /// <summary>Waits for a free slot (and for a Retry-After to pass). Dispose the slot when the download ends.</summary>
        public Task<Slot> EnterAsync(CancellationToken cancellationToken)
        {
            TaskCompletionSource<Slot> waiter;
            LinkedListNode<TaskCompletionSource<Slot>> node;
            lock (_gate)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (_waiting.Count == 0 && CanStartLocked()) return Task.FromResult(StartLocked());
                waiter = new TaskCompletionSource<Slot>(TaskCreationOptions.RunContinuationsAsynchronously);
                node = _waiting.AddLast(waiter);
                ArmTimerLocked();
            }

            if (cancellationToken.CanBeCanceled)
            {
                var registration = cancellationToken.Register(() =>
                {
                    lock (_gate)
                    {
                        if (node.List != null) _waiting.Remove(node);
                    }

                    waiter.TrySetCanceled(cancellationToken);
                });
                waiter.Task.ContinueWith(_ => registration.Dispose(), TaskScheduler.Default);
            }

            return waiter.Task;
        }

        /// <summary>The host answered 429 or 503 (a refusal of load): halve, and start nothing before <paramref name="retryAfter"/> passes.</summary>
        public void Throttled(Slot slot, TimeSpan? retryAfter)
        {
            lock (_gate)
            {
                var now = _clock.Now;
                if (retryAfter is TimeSpan wait && wait > TimeSpan.Zero && now + wait > _heldUntil) _heldUntil = now + wait;
                BackOffLocked(slot, Limit / 2);
            }
        }

        /// <summary>A broken connection, a time-out or another 5xx: take a quarter off.</summary>
        public void Faulted(Slot slot)
        {
            lock (_gate) BackOffLocked(slot, Limit - Math.Max(1, Limit / 4));
        }

        private void BackOffLocked(Slot slot, int to)
        {
            if (slot.Generation == _generation)
            {
                _generation++;
                Limit = Math.Max(1, Math.Min(Limit, to));
            }

            // After a push-back it never doubles again: it has found what the host takes.
            _lastRate = null;
            _stopGrowing = true;
            ResetRoundLocked();
        }

        private bool _stopGrowing;

        private void Finished(Slot slot, long bytes, bool counted)
        {
            List<TaskCompletionSource<Slot>>? start;
            lock (_gate)
            {
                _running--;
                if (counted && slot.Generation == _generation)
                {
                    _roundBytes += Math.Max(0, bytes);
                    _roundFiles++;
                    if (_roundFiles >= Limit) EndRoundLocked();
                }

                start = GrantLocked();
            }

            Start(start);
        }

        /// <summary>A round is over: grow when its throughput beat the last round's.</summary>
        private void EndRoundLocked()
        {
            var seconds = (_clock.Now - _roundStart).TotalSeconds;
            if (seconds <= 0) return; // no time has passed on this clock: no rate to judge yet
            var rate = _roundBytes / seconds;
            if (_grows && !_stopGrowing && Limit < Ceiling)
            {
                if (_lastRate == null || rate >= _lastRate.Value * GrowthNeeded)
                {
                    Limit = Math.Min(Ceiling, Limit * 2);
                }
                else
                {
                    _stopGrowing = true; // the host (or this machine) moves no more with more at once
                }
            }

            if (Limit > PeakLimit) PeakLimit = Limit;
            _lastRate = rate;
            ResetRoundLocked();
        }

        private void ResetRoundLocked()
        {
            _roundStart = _clock.Now;
            _roundBytes = 0;
            _roundFiles = 0;
        }

        private bool CanStartLocked() => _running < Limit && _clock.Now >= _heldUntil;

        private Slot StartLocked()
        {
            _running++;
            if (Limit > PeakLimit) PeakLimit = Limit;
            return new Slot(this, _generation);
        }

        private List<TaskCompletionSource<Slot>>? GrantLocked()
        {
            List<TaskCompletionSource<Slot>>? start = null;
            while (_waiting.Count > 0 && CanStartLocked())
            {
                var next = _waiting.First!.Value;
                _waiting.RemoveFirst();
                if (next.Task.IsCompleted) continue; // cancelled meanwhile
                (start ??= new List<TaskCompletionSource<Slot>>()).Add(next);
                _running++;
            }

            ArmTimerLocked();
            return start;
        }

        private void Start(List<TaskCompletionSource<Slot>>? start)
        {
            if (start == null) return;
            foreach (var waiter in start)
            {
                Slot slot;
                lock (_gate) slot = new Slot(this, _generation);
                if (!waiter.TrySetResult(slot)) Finished(slot, 0, counted: false); // cancelled at the last moment
            }
        }

        /// <summary>While held by a Retry-After with files waiting, wakes once it has passed.</summary>
        private void ArmTimerLocked()
        {
            var wait = _heldUntil - _clock.Now;
            if (_timerSet || _waiting.Count == 0 || wait <= TimeSpan.Zero) return;
            _timerSet = true;
            _clock.Delay(wait, CancellationToken.None).ContinueWith(_ =>
            {
                List<TaskCompletionSource<Slot>>? start;
                lock (_gate)
                {
                    _timerSet = false;
                    start = GrantLocked();
                }

                Start(start);
            }, TaskScheduler.Default);
        }

        /// <summary>One running download. <see cref="Completed"/> counts its bytes toward the round; Dispose frees the slot.</summary>
        public sealed class Slot : IDisposable
        {
            private readonly AdaptiveConcurrency _owner;
            private long _bytes;
            private bool _completed;
            private int _disposed;

            internal Slot(AdaptiveConcurrency owner, long generation)
            {
                _owner = owner;
                Generation = generation;
            }

            internal long Generation { get; }

            /// <summary>The download ended well with this many bytes (a skipped file passes 0 and counts for nothing).</summary>
            public void Completed(long bytes)
            {
                _bytes = bytes;
                _completed = bytes > 0;
            }

            public void Throttled(TimeSpan? retryAfter) => _owner.Throttled(this, retryAfter);

            public void Faulted() => _owner.Faulted(this);

            public void Dispose()
            {
                if (Interlocked.Exchange(ref _disposed, 1) == 0) _owner.Finished(this, _bytes, _completed);
            }
        }
    }
}
