using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Diagnostics;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Polling
{
    /// <summary>
    /// Waits for many tasks with one scheduler: each task has its own next poll time (starting at the poll
    /// interval and backing off with jitter for long runners), and every read goes through one request budget,
    /// so a wait for hundreds of tasks costs about one read per task per interval and never bursts.
    /// Tasks can be added while the wait runs (a pipeline feeds them one by one).
    /// </summary>
    public sealed class TaskWaiter : IDisposable
    {
        private static readonly ThreadLocal<Random> Jitter = new ThreadLocal<Random>(() => new Random(Guid.NewGuid().GetHashCode()));

        private readonly SunoClient _client;
        private readonly WaitSettings _settings;
        private readonly Action<WaitEvent> _onEvent;
        private readonly RequestBudget _budget;
        private readonly SemaphoreSlim _readSlots;
        private readonly SemaphoreSlim _wake = new SemaphoreSlim(0);
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly object _gate = new object();
        private readonly Dictionary<string, Entry> _entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<Task> _reads = new List<Task>();
        private bool _addingComplete;
        private bool _stopRequested;
        private int _done;
        private Exception? _fatal;

        public TaskWaiter(SunoClient client, WaitSettings settings, Action<WaitEvent> onEvent)
        {
            _client = client;
            _settings = settings;
            _onEvent = onEvent;
            _budget = new RequestBudget(settings.MaxRequestsPerSecond);
            _readSlots = new SemaphoreSlim(Math.Max(1, settings.MaxConcurrentReads));
            _client.Throttled += OnThrottled;
        }

        /// <summary>Status reads made so far (for diagnostics and benchmarks).</summary>
        public int ReadCount;

        /// <summary>The reads per second the budget allows now (lower after the server said "slow down").</summary>
        internal double CurrentRequestRate => _budget.CurrentRate;

        /// <summary>Adds a task to the wait; a task already added is ignored.</summary>
        public void Add(string taskId)
        {
            lock (_gate)
            {
                if (_addingComplete || _stopRequested || !_seen.Add(taskId)) return;
                var now = _clock.Elapsed;
                _entries[taskId] = new Entry(taskId, now, now + _settings.Timeout, _settings.PollInterval);
            }

            _wake.Release();
        }

        /// <summary>No more tasks will be added; the wait ends when the ones it has are done.</summary>
        public void CompleteAdding()
        {
            lock (_gate) _addingComplete = true;
            _wake.Release();
        }

        public WaitProgress Snapshot()
        {
            lock (_gate)
            {
                var byStatus = _entries.Values
                    .GroupBy(e => e.LastStatus ?? "WAITING")
                    .ToDictionary(g => g.Key, g => g.Count());
                var oldest = _entries.Values.OrderBy(e => e.AddedAt).FirstOrDefault();
                return new WaitProgress(_entries.Count + _done, _done, byStatus, oldest?.TaskId,
                    oldest == null ? TimeSpan.Zero : _clock.Elapsed - oldest.AddedAt);
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

                    var now = _clock.Elapsed;
                    var next = TimeSpan.MaxValue;
                    foreach (var entry in _entries.Values)
                    {
                        if (entry.InFlight) continue;
                        var at = entry.NextPoll < entry.Deadline ? entry.NextPoll : entry.Deadline;
                        if (entry.NextPoll <= now && (due == null || entry.NextPoll < due.NextPoll)) due = entry;
                        if (at < next) next = at;
                    }

                    if (due != null) due.InFlight = true;
                    sleep = next == TimeSpan.MaxValue ? TimeSpan.FromSeconds(1) : next - now;
                }

                if (due == null)
                {
                    if (sleep > TimeSpan.Zero)
                    {
                        await _wake.WaitAsync(sleep < TimeSpan.FromSeconds(1) ? sleep : TimeSpan.FromSeconds(1), cancellationToken)
                            .ConfigureAwait(false);
                    }

                    continue;
                }

                await _budget.TakeAsync(cancellationToken).ConfigureAwait(false);
                await _readSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
                var read = PollAsync(due, cancellationToken);
                lock (_gate)
                {
                    _reads.RemoveAll(t => t.IsCompleted);
                    _reads.Add(read);
                }
            }
        }

        private async Task PollAsync(Entry entry, CancellationToken cancellationToken)
        {
            try
            {
                Interlocked.Increment(ref ReadCount);
                var task = await _client.GetTaskAsync(entry.TaskId, cancellationToken).ConfigureAwait(false);
                OnRead(entry, task);
            }
            catch (SunoException e)
            {
                OnReadFailed(entry, e);
            }
            catch (OperationCanceledException)
            {
                // The wait is over (stopped, -Any satisfied, or a fatal error).
            }
            finally
            {
                _readSlots.Release();
                _wake.Release();
            }
        }

        private void OnRead(Entry entry, SunoTask task)
        {
            WaitEvent? evt = null;
            lock (_gate)
            {
                entry.InFlight = false;
                var previous = entry.LastStatus;
                entry.LastStatus = task.Status;
                if (!_entries.ContainsKey(entry.TaskId)) return; // timed out while the read was in flight
                if (_stopRequested) return; // -Any is satisfied by a read that finished first

                if (task.IsFailed)
                {
                    evt = Finish(entry, new WaitEvent(WaitEventKind.Failed, entry.TaskId, task, previous));
                }
                else if (SunoTaskStatus.StageOf(task.Status) >= (int)_settings.Until)
                {
                    evt = Finish(entry, new WaitEvent(WaitEventKind.Reached, entry.TaskId, task, previous));
                }
                else
                {
                    if (!string.Equals(previous, task.Status, StringComparison.Ordinal))
                    {
                        evt = new WaitEvent(WaitEventKind.StatusChanged, entry.TaskId, task, previous);
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
                        evt = Finish(entry, new WaitEvent(WaitEventKind.Error, entry.TaskId, null, entry.LastStatus, error));
                        break;
                    case SunoErrorKind.RateLimited:
                        _budget.SlowDown(error.RetryAfter ?? TimeSpan.FromSeconds(1));
                        ScheduleNext(entry);
                        break;
                    default:
                        // Transient after the client's own retries: keep waiting; the timeout bounds it.
                        SunoLog.Write("Reading task " + entry.TaskId + " failed, will try again: " + error.Message);
                        ScheduleNext(entry);
                        break;
                }
            }

            if (evt != null) _onEvent(evt);
        }

        private WaitEvent Finish(Entry entry, WaitEvent evt)
        {
            _entries.Remove(entry.TaskId);
            _done++;
            if (_settings.Any) _stopRequested = true;
            return evt;
        }

        private void ScheduleNext(Entry entry)
        {
            var jitter = 0.9 + Jitter.Value!.NextDouble() * 0.2;
            entry.NextPoll = _clock.Elapsed + TimeSpan.FromMilliseconds(entry.Interval.TotalMilliseconds * jitter);
            // Long runners are asked less often: generations take minutes, not seconds.
            var grown = TimeSpan.FromMilliseconds(entry.Interval.TotalMilliseconds * 1.25);
            // The ceiling is never below the first interval: a user who asks for 60 s means at least 60 s.
            var ceiling = _settings.MaxPollInterval > _settings.PollInterval ? _settings.MaxPollInterval : _settings.PollInterval;
            entry.Interval = grown > ceiling ? ceiling : grown;
        }

        private void ExpireOverdue()
        {
            var now = _clock.Elapsed;
            foreach (var entry in _entries.Values.Where(e => !e.InFlight && e.Deadline <= now).ToList())
            {
                _entries.Remove(entry.TaskId);
                _done++;
                var evt = new WaitEvent(WaitEventKind.TimedOut, entry.TaskId, null, entry.LastStatus);
                _onEvent(evt);
            }
        }

        private void OnThrottled(TimeSpan wait) => _budget.SlowDown(wait);

        /// <summary>
        /// Stops listening to the client (which outlives the wait). The semaphores are left to the collector: a wait
        /// ended by an error or Ctrl+C may still be winding down reads that release them.
        /// </summary>
        public void Dispose() => _client.Throttled -= OnThrottled;

        private sealed class Entry
        {
            public Entry(string taskId, TimeSpan addedAt, TimeSpan deadline, TimeSpan interval)
            {
                TaskId = taskId;
                AddedAt = addedAt;
                Deadline = deadline;
                NextPoll = addedAt;
                Interval = interval;
            }

            public string TaskId { get; }
            public TimeSpan AddedAt { get; }
            public TimeSpan Deadline { get; }
            public TimeSpan NextPoll { get; set; }
            public TimeSpan Interval { get; set; }
            public string? LastStatus { get; set; }
            public bool InFlight { get; set; }
        }
    }
}
