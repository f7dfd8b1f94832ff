using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Diagnostics;
using SunoPS.Client.Errors;
using SunoPS.Client.Timing;

namespace SunoPS.Client.Polling
{
    /// <summary>
    /// Waits for many tasks of any family with one scheduler: each task has its own next poll time (starting at the
    /// poll interval and backing off with jitter for long runners), and every read goes through one request budget,
    /// so a wait for hundreds of tasks costs about one read per task per interval and never bursts. Budget that
    /// schedule leaves unused goes to early reads of the tasks most likely to have just finished, judged from the
    /// stage each is in and how long its siblings took from there (<see cref="FinishEstimator"/>), so the reads are
    /// spent where tasks are about to finish rather than evenly. Whether a task
    /// is done is its family's word (its state and stage), never a status string compared here. Tasks can be added
    /// while the wait runs (a pipeline feeds them one by one). Reading the time through a clock makes it testable.
    /// </summary>
    public sealed class TaskWaiter : IDisposable
    {
        private static readonly ThreadLocal<Random> Jitter = new ThreadLocal<Random>(() => new Random(Guid.NewGuid().GetHashCode()));

        private readonly Func<SunoTaskReference, CancellationToken, Task<SunoTask>> _read;
        private readonly WaitSettings _settings;
        private readonly Action<WaitEvent> _onEvent;
        private readonly SunoClock _clock;
        private readonly RequestBudget _budget;
        private readonly SemaphoreSlim _readSlots;
        private readonly SemaphoreSlim _wake = new SemaphoreSlim(0);
        private readonly object _gate = new object();
        private readonly Dictionary<SunoTaskReference, Entry> _entries = new Dictionary<SunoTaskReference, Entry>();
        private readonly HashSet<SunoTaskReference> _seen = new HashSet<SunoTaskReference>();
        private readonly List<Task> _reads = new List<Task>();
        private bool _addingComplete;
        private bool _stopRequested;
        private int _done;
        private Exception? _fatal;
        private int _failedReadsInARow;
        private TimeSpan? _failingSince;
        private bool _unreachableReported;
        private readonly Dictionary<SunoTaskFamily, FinishEstimator> _estimators = new Dictionary<SunoTaskFamily, FinishEstimator>();

        /// <summary>An early read is made only for a task at least this likely to have finished since its last read…</summary>
        internal const double EarlyReadChance = 0.02;

        /// <summary>…and never sooner than a fifth of the first poll interval (1 s at the default 5 s) after its last read.</summary>
        private TimeSpan EarlyGap => TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, _settings.PollInterval.Ticks / 5));

        /// <summary>How often the scheduler looks again for an early read while tasks it can estimate are waiting.</summary>
        private static readonly TimeSpan EarlyLook = TimeSpan.FromMilliseconds(250);

        /// <summary>After this many failed reads in a row (or this long without a good one) the user is told the API cannot be reached.</summary>
        internal const int FailedReadsBeforeWarning = 3;
        internal static readonly TimeSpan FailingTimeBeforeWarning = TimeSpan.FromSeconds(30);

        public TaskWaiter(SunoClient client, WaitSettings settings, Action<WaitEvent> onEvent)
            : this(client.GetTaskAsync, settings, onEvent, client.Options.Clock)
        {
        }

        /// <summary>With a reader and a clock of its own, for tests.</summary>
        internal TaskWaiter(Func<SunoTaskReference, CancellationToken, Task<SunoTask>> read, WaitSettings settings, Action<WaitEvent> onEvent,
            SunoClock clock)
        {
            _read = read;
            _settings = settings;
            _onEvent = onEvent;
            _clock = clock;
            _budget = new RequestBudget(settings.MaxRequestsPerSecond, clock);
            _readSlots = new SemaphoreSlim(Math.Max(1, settings.MaxConcurrentReads));
        }

        /// <summary>Status reads made so far (for diagnostics and benchmarks).</summary>
        public int ReadCount;

        /// <summary>The reads among them made early, on budget the plain schedule left unused.</summary>
        public int EarlyReadCount;

        /// <summary>Adds a music task to the wait.</summary>
        public void Add(string taskId) => Add(new SunoTaskReference(taskId));

        /// <summary>
        /// Adds a task to the wait; one already added is ignored. <paramref name="known"/> is what the caller already
        /// has of it (the submitted task, say): what a later record lacks (a WAV's title) is carried over from it.
        /// </summary>
        public void Add(SunoTaskReference task, SunoTask? known = null)
        {
            lock (_gate)
            {
                if (_addingComplete || _stopRequested || !_seen.Add(task)) return;
                var now = _clock.Now;
                _entries[task] = new Entry(task, known, now, now + _settings.Timeout, _settings.PollInterval);
            }

            _wake.Release();
        }

        /// <summary>No more tasks will be added; the wait ends when the ones it has are done.</summary>
        public void CompleteAdding()
        {
            lock (_gate) _addingComplete = true;
            _wake.Release();
        }

        /// <summary>The tasks not done yet (what keeps running on the server when the wait is stopped).</summary>
        public IReadOnlyList<SunoTaskReference> Pending()
        {
            lock (_gate) return _entries.Values.OrderBy(e => e.AddedAt).Select(e => e.Task).ToList();
        }

        public WaitProgress Snapshot()
        {
            lock (_gate)
            {
                var byStatus = _entries.Values
                    .GroupBy(e => e.LastStatus ?? "WAITING")
                    .ToDictionary(g => g.Key, g => g.Count());
                var oldest = _entries.Values.OrderBy(e => e.AddedAt).FirstOrDefault();
                return new WaitProgress(_entries.Count + _done, _done, byStatus, oldest?.Task.TaskId,
                    oldest == null ? TimeSpan.Zero : _clock.Now - oldest.AddedAt);
            }
        }

        /// <summary>Runs the wait until every task is done (or, with Any, the first is). Events arrive through the callback.</summary>
        public async Task RunAsync(CancellationToken cancellationToken)
        {
            using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                try
                {
                    await ScheduleAsync(stop.Token).ConfigureAwait(false);
                }
                finally
                {
                    // With -Any or on failure the reads still in flight are no longer wanted.
                    stop.Cancel();
                    Task[] reads;
                    lock (_gate) reads = _reads.ToArray();
                    try
                    {
                        await Task.WhenAll(reads).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (_fatal != null)
                {
                    throw _fatal;
                }
            }
        }

        private async Task ScheduleAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Entry? due = null;
                TimeSpan sleep;
                lock (_gate)
                {
                    if (_fatal != null || _stopRequested) return;
                    ExpireOverdue();
                    if (_entries.Count == 0 && _addingComplete) return;

                    var now = _clock.Now;
                    var next = TimeSpan.MaxValue;
                    foreach (var entry in _entries.Values)
                    {
                        if (entry.InFlight) continue;
                        var at = entry.NextPoll < entry.Deadline ? entry.NextPoll : entry.Deadline;
                        if (entry.NextPoll <= now && (due == null || entry.NextPoll < due.NextPoll)) due = entry;
                        if (at < next) next = at;
                    }

                    sleep = next == TimeSpan.MaxValue ? TimeSpan.FromSeconds(1) : next - now;
                    if (due != null && DueChance(due, now) is double dueChance)
                    {
                        // A plain read of a task unlikely to be done gives way to one much likelier to be.
                        var instead = EarlyCandidate(now, out _, out var insteadChance);
                        if (instead != null && insteadChance > dueChance)
                        {
                            due.NextPoll = now + due.Interval;
                            instead.Early = false; // read on the plain path: it may wait for the budget
                            due = instead;
                        }
                    }

                    if (due != null) due.InFlight = true;
                    if (due == null && !_stopRequested)
                    {
                        due = EarlyCandidate(now, out var estimable, out _);
                        if (due != null) due.InFlight = true;
                        else if (estimable && sleep > EarlyLook) sleep = EarlyLook;
                    }
                }

                if (due != null && due.Early)
                {
                    // Early reads spend only what the budget has now: the plain schedule never waits behind them.
                    var free = _budget.UntilNextToken();
                    if (free > TimeSpan.Zero || !_budget.TryTake())
                    {
                        lock (_gate) due.InFlight = due.Early = false;
                        await SleepAsync(free > TimeSpan.Zero ? free : TimeSpan.FromMilliseconds(1), cancellationToken).ConfigureAwait(false);
                        continue;
                    }

                    Interlocked.Increment(ref EarlyReadCount);
                    await _readSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
                    StartRead(due, cancellationToken);
                    continue;
                }

                if (due == null)
                {
                    if (sleep > TimeSpan.Zero) await SleepAsync(sleep < TimeSpan.FromSeconds(1) ? sleep : TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                await _budget.TakeAsync(cancellationToken).ConfigureAwait(false);
                await _readSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
                StartRead(due, cancellationToken);
            }
        }

        private void StartRead(Entry due, CancellationToken cancellationToken)
        {
            var read = PollAsync(due, cancellationToken);
            lock (_gate)
            {
                _reads.RemoveAll(t => t.IsCompleted);
                _reads.Add(read);
            }
        }

        /// <summary>
        /// The task most likely to have finished since its last read, when that chance is worth a read; null when none
        /// is. <paramref name="estimable"/> says whether any waiting task has an estimate at all (worth looking again soon).
        /// </summary>
        private Entry? EarlyCandidate(TimeSpan now, out bool estimable, out double bestChance)
        {
            estimable = false;
            bestChance = 0;
            Entry? best = null;
            var bestScore = 0.0;
            foreach (var entry in _entries.Values)
            {
                if (entry.InFlight || entry.LastReadAt == null) continue;
                var estimator = EstimatorFor(entry.Task.Family);
                if (!estimator.Knows(entry.Stage)) continue;
                estimable = true;
                // In its likely window a task may be read more often than its interval, but not in a rush.
                if (now - entry.LastReadAt.Value < EarlyGap) continue;
                var gap = now - entry.LastReadAt.Value;
                var chance = estimator.ChanceFinished(entry.StageSince, entry.Stage, entry.LastReadAt.Value, now);
                if (chance < EarlyReadChance) continue;
                // The delay it has likely run up: a long-unread task outranks a slightly likelier one read just now.
                var score = chance * gap.TotalSeconds;
                if (score > bestScore)
                {
                    best = entry;
                    bestScore = score;
                    bestChance = chance;
                }
            }

            if (best != null) best.Early = true;
            return best;
        }

        /// <summary>
        /// The chance that a task due for its plain read is done, when that read may give way: only when it was read
        /// within twice the longest interval (so every task is still read at least that often, whatever the estimates say).
        /// </summary>
        private double? DueChance(Entry entry, TimeSpan now)
        {
            if (entry.LastReadAt == null) return null;
            var ceiling = _settings.MaxPollInterval > _settings.PollInterval ? _settings.MaxPollInterval : _settings.PollInterval;
            if (now - entry.LastReadAt.Value >= ceiling + ceiling) return null;
            var estimator = EstimatorFor(entry.Task.Family);
            return estimator.Knows(entry.Stage) ? estimator.ChanceFinished(entry.StageSince, entry.Stage, entry.LastReadAt.Value, now) : (double?)null;
        }

        private FinishEstimator EstimatorFor(SunoTaskFamily family)
        {
            if (!_estimators.TryGetValue(family, out var estimator))
            {
                _estimators[family] = estimator = new FinishEstimator(_settings.Until, documented: family == SunoTaskFamily.Music);
            }

            return estimator;
        }

        /// <summary>Until <paramref name="sleep"/> passes on the clock, or something wakes the scheduler (a new task, a read done).</summary>
        private async Task SleepAsync(TimeSpan sleep, CancellationToken cancellationToken)
        {
            using (var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var woken = _wake.WaitAsync(either.Token);
                await Task.WhenAny(woken, _clock.Delay(sleep, either.Token)).ConfigureAwait(false);
                either.Cancel();
                try
                {
                    await woken.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The clock came first; the wake-up stays for the next look.
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        private async Task PollAsync(Entry entry, CancellationToken cancellationToken)
        {
            // The task's deadline cancels its read: neither the client's retries nor its per-request time-out may
            // carry the wait past -TimeoutSec.
            using (var read = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            using (var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var deadlineHit = false;
                try
                {
                    Interlocked.Increment(ref ReadCount);
                    entry.ReadStartedAt = _clock.Now;
                    SunoTask task;
                    var reading = _read(entry.Task, read.Token);
                    if (!reading.IsCompleted)
                    {
                        _ = _clock.Delay(entry.Deadline - _clock.Now, timer.Token).ContinueWith(_ =>
                        {
                            deadlineHit = true;
                            try
                            {
                                read.Cancel();
                            }
                            catch (ObjectDisposedException)
                            {
                            }
                        }, CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously,
                            TaskScheduler.Default);
                    }

                    try
                    {
                        task = await reading.ConfigureAwait(false);
                    }
                    finally
                    {
                        timer.Cancel();
                    }

                    OnRead(entry, task);
                }
                catch (SunoException e)
                {
                    OnReadFailed(entry, e);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && deadlineHit)
                {
                    OnDeadline(entry);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // The wait is over (stopped, -Any satisfied, or a fatal error).
                }
                catch (Exception e)
                {
                    // Anything else a read throws (a record that cannot be decoded, say) is still that task's error,
                    // never a read left in flight for ever.
                    OnReadFailed(entry, new SunoException(SunoErrorKind.MalformedResponse,
                        "Reading task '" + entry.Task.TaskId + "' failed: " + e.Message, e) { Target = entry.Task.TaskId });
                }
                finally
                {
                    _readSlots.Release();
                    _wake.Release();
                }
            }
        }

        /// <summary>The task's time ran out while it was being read.</summary>
        private void OnDeadline(Entry entry)
        {
            WaitEvent? evt = null;
            lock (_gate)
            {
                entry.InFlight = false;
                entry.Early = false;
                if (_stopRequested || !_entries.ContainsKey(entry.Task)) return;
                evt = Finish(entry, new WaitEvent(WaitEventKind.TimedOut, entry.Task, null, entry.LastStatus, entry.LastError));
            }

            _onEvent(evt);
        }

        private void OnRead(Entry entry, SunoTask task)
        {
            WaitEvent? evt = null;
            if (entry.Known != null) task.CarryFrom(entry.Known);
            lock (_gate)
            {
                entry.InFlight = false;
                entry.Early = false;
                entry.LastError = null;
                _failedReadsInARow = 0;
                _failingSince = null;
                _unreachableReported = false;
                var previous = entry.LastStatus;
                entry.LastStatus = task.Status;
                if (!_entries.ContainsKey(entry.Task)) return; // timed out while the read was in flight
                if (_stopRequested) return; // -Any is satisfied by a read that finished first

                if (task.IsFailed)
                {
                    evt = Finish(entry, new WaitEvent(WaitEventKind.Failed, entry.Task, task, previous));
                }
                else if (task.Stage >= (int)_settings.Until)
                {
                    if (entry.LastReadAt is TimeSpan before)
                    {
                        EstimatorFor(entry.Task.Family).Finished(entry.StageSince, before, entry.ReadStartedAt);
                    }

                    evt = Finish(entry, new WaitEvent(WaitEventKind.Reached, entry.Task, task, previous));
                }
                else
                {
                    entry.LastReadAt = entry.ReadStartedAt;
                    if (task.Stage > entry.Stage)
                    {
                        entry.Stage = task.Stage;
                        entry.StageSince[task.Stage] = entry.ReadStartedAt;
                    }

                    if (!string.Equals(previous, task.Status, StringComparison.Ordinal))
                    {
                        evt = new WaitEvent(WaitEventKind.StatusChanged, entry.Task, task, previous);
                    }

                    ScheduleNext(entry);
                }
            }

            if (evt != null) _onEvent(evt);
        }

        private void OnReadFailed(Entry entry, SunoException error)
        {
            WaitEvent? evt = null;
            lock (_gate)
            {
                entry.InFlight = false;
                entry.Early = false;
                if (_stopRequested) return;
                switch (error.Kind)
                {
                    case SunoErrorKind.ApiKeyMissing:
                    case SunoErrorKind.AuthenticationFailed:
                    case SunoErrorKind.InsufficientCredits:
                        _fatal = error; // Every other task would fail the same way.
                        return;
                    case SunoErrorKind.TaskNotFound:
                    case SunoErrorKind.InvalidRequest:
                    case SunoErrorKind.MalformedResponse: // the client has read it again already; it stays unreadable
                        evt = Finish(entry, new WaitEvent(WaitEventKind.Error, entry.Task, null, entry.LastStatus, error));
                        break;
                    default:
                        // Throttling (the session's read pacer has slowed down already) or transient after the client's
                        // own retries: keep waiting; the timeout bounds it.
                        SunoLog.Write("Reading task " + entry.Task.TaskId + " failed, will try again: " + error.Message);
                        entry.LastError = error;
                        ScheduleNext(entry);
                        evt = NoteFailedRead(entry, error);
                        break;
                }
            }

            if (evt != null) _onEvent(evt);
        }

        /// <summary>Counts reads that failed in a row across the wait; once they are too many, says so (once until a read succeeds).</summary>
        private WaitEvent? NoteFailedRead(Entry entry, SunoException error)
        {
            var now = _clock.Now;
            _failedReadsInARow++;
            _failingSince ??= now;
            if (_unreachableReported) return null;
            if (_failedReadsInARow < FailedReadsBeforeWarning && now - _failingSince.Value < FailingTimeBeforeWarning) return null;
            _unreachableReported = true;
            return new WaitEvent(WaitEventKind.Unreachable, entry.Task, null, entry.LastStatus, error) { FailedReads = _failedReadsInARow };
        }

        private WaitEvent Finish(Entry entry, WaitEvent evt)
        {
            _entries.Remove(entry.Task);
            _done++;
            if (_settings.Any) _stopRequested = true;
            return evt;
        }

        private void ScheduleNext(Entry entry)
        {
            var jitter = 0.9 + Jitter.Value!.NextDouble() * 0.2;
            entry.NextPoll = _clock.Now + TimeSpan.FromMilliseconds(entry.Interval.TotalMilliseconds * jitter);
            // Long runners are asked less often: generations take minutes, not seconds.
            var grown = TimeSpan.FromMilliseconds(entry.Interval.TotalMilliseconds * 1.25);
            // The ceiling is never below the first interval: a user who asks for 60 s means at least 60 s.
            var ceiling = _settings.MaxPollInterval > _settings.PollInterval ? _settings.MaxPollInterval : _settings.PollInterval;
            entry.Interval = grown > ceiling ? ceiling : grown;
        }

        private void ExpireOverdue()
        {
            var now = _clock.Now;
            foreach (var entry in _entries.Values.Where(e => !e.InFlight && e.Deadline <= now).ToList())
            {
                _entries.Remove(entry.Task);
                _done++;
                _onEvent(new WaitEvent(WaitEventKind.TimedOut, entry.Task, null, entry.LastStatus, entry.LastError));
            }
        }

        /// <summary>The semaphores are left to the collector: a wait ended by an error or Ctrl+C may still be winding down reads that release them.</summary>
        public void Dispose()
        {
        }

        private sealed class Entry
        {
            public Entry(SunoTaskReference task, SunoTask? known, TimeSpan addedAt, TimeSpan deadline, TimeSpan interval)
            {
                Task = task;
                Known = known;
                AddedAt = addedAt;
                Deadline = deadline;
                NextPoll = addedAt;
                Interval = interval;
                StageSince[0] = addedAt;
            }

            public SunoTaskReference Task { get; }
            public SunoTask? Known { get; }
            public TimeSpan AddedAt { get; }
            public TimeSpan Deadline { get; }
            public TimeSpan NextPoll { get; set; }
            public TimeSpan Interval { get; set; }
            public string? LastStatus { get; set; }

            /// <summary>Why the latest read failed, when it did (a time-out names it).</summary>
            public SunoException? LastError { get; set; }

            public bool InFlight { get; set; }

            /// <summary>The read in flight (or about to be) is an early one, on spare budget.</summary>
            public bool Early { get; set; }

            /// <summary>The stage of the latest record (0 until one has a stage), and when each stage was first seen (0: when the task joined).</summary>
            public int Stage { get; set; }
            public Dictionary<int, TimeSpan> StageSince { get; } = new Dictionary<int, TimeSpan>();

            /// <summary>When the latest read that found the task unfinished was made; null before the first.</summary>
            public TimeSpan? LastReadAt { get; set; }
            public TimeSpan ReadStartedAt { get; set; }
        }
    }
}
