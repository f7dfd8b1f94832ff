using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Polling;
using SunoPS.Client.Tests.Support;

namespace SunoPS.Client.Tests.Polling
{
    /// <summary>
    /// A fake task reader for <see cref="TaskWaiter"/> on a manual clock: each task's record follows a timeline of
    /// clock times, every read is recorded with the time it was made, and a read answers at once (one step of the
    /// scheduler) unless <see cref="ReadTakes"/> makes it wait on the clock.
    /// </summary>
    internal sealed class ScriptedTasks
    {
        private readonly ConcurrentDictionary<SunoTaskReference, List<(TimeSpan At, string Record)>> _timelines =
            new ConcurrentDictionary<SunoTaskReference, List<(TimeSpan At, string Record)>>();
        private readonly List<(SunoTaskReference Task, TimeSpan At)> _reads = new List<(SunoTaskReference, TimeSpan)>();
        private int _inFlight;
        private int _peakInFlight;

        public ScriptedTasks(ManualClock? clock = null)
        {
            Clock = clock ?? new ManualClock();
        }

        public ManualClock Clock { get; }

        /// <summary>How long each read takes on the clock (zero: it answers at once).</summary>
        public TimeSpan ReadTakes { get; set; }

        /// <summary>Reads of a task not scripted fail with this (an unknown task, by default).</summary>
        public Func<SunoTaskReference, SunoException> Unknown { get; set; } =
            task => new SunoException(SunoErrorKind.TaskNotFound, "No task '" + task.TaskId + "'.") { Target = task.TaskId };

        /// <summary>Makes a read fail with this exception instead of answering, when it returns one.</summary>
        public Func<SunoTaskReference, int, SunoException?>? Fail { get; set; }

        public IReadOnlyList<(SunoTaskReference Task, TimeSpan At)> Reads
        {
            get
            {
                lock (_reads) return _reads.ToArray();
            }
        }

        public int PeakInFlight => Volatile.Read(ref _peakInFlight);

        public IEnumerable<TimeSpan> ReadsOf(string taskId) => Reads.Where(r => r.Task.TaskId == taskId).Select(r => r.At);

        /// <summary>A music task with the statuses of <paramref name="timeline"/> (seconds on the clock, status).</summary>
        public string Music(string taskId, params (double At, string Status)[] timeline)
        {
            Script(new SunoTaskReference(taskId), timeline.Select(s => (s.At, MusicRecord(taskId, s.Status))).ToArray());
            return taskId;
        }

        /// <summary>Music tasks that are in <paramref name="status"/> from the start and stay there.</summary>
        public IReadOnlyList<string> Music(int count, string status, string prefix = "task") =>
            Enumerable.Range(0, count).Select(i => Music(prefix + "-" + status.ToLowerInvariant() + "-" + i, (0, status))).ToList();

        /// <summary>A task of any family whose record (the <c>data</c> JSON) changes at the given clock times.</summary>
        public void Script(SunoTaskReference task, params (double At, string Record)[] timeline) =>
            _timelines[task] = timeline.Select(s => (TimeSpan.FromSeconds(s.At), s.Record)).OrderBy(s => s.Item1).ToList();

        public static string MusicRecord(string taskId, string status, int? errorCode = null, string? errorMessage = null)
        {
            var playable = status == "FIRST_SUCCESS" || status == "SUCCESS";
            var tracks = !playable ? "[]" : "[" + string.Join(",", new[] { "a", "b" }.Select(t =>
                "{\"id\":\"" + taskId + "-" + t + "\",\"title\":\"Song " + t + "\",\"streamAudioUrl\":\"http://files.test/" + taskId + t + "\"," +
                "\"audioUrl\":\"" + (status == "SUCCESS" ? "http://files.test/" + taskId + t + ".mp3" : "") + "\"}")) + "]";
            return "{\"taskId\":\"" + taskId + "\",\"status\":\"" + status + "\"" +
                   (errorCode.HasValue ? ",\"errorCode\":" + errorCode.Value : "") +
                   (errorMessage != null ? ",\"errorMessage\":\"" + errorMessage + "\"" : "") +
                   ",\"response\":{\"taskId\":\"" + taskId + "\",\"sunoData\":" + tracks + "}}";
        }

        public Task<SunoTask> Read(SunoTaskReference task, CancellationToken cancellationToken)
        {
            var now = Clock.Now;
            int number;
            lock (_reads)
            {
                _reads.Add((task, now));
                number = _reads.Count(r => r.Task.Equals(task));
            }

            if (ReadTakes <= TimeSpan.Zero) return Task.FromResult(Answer(task, number));
            return ReadSlowly(task, number, cancellationToken);
        }

        private async Task<SunoTask> ReadSlowly(SunoTaskReference task, int number, CancellationToken cancellationToken)
        {
            var inFlight = Interlocked.Increment(ref _inFlight);
            int peak;
            while ((peak = Volatile.Read(ref _peakInFlight)) < inFlight && Interlocked.CompareExchange(ref _peakInFlight, inFlight, peak) != peak)
            {
            }

            try
            {
                await Clock.Delay(ReadTakes, cancellationToken).ConfigureAwait(false);
                return Answer(task, number);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        private SunoTask Answer(SunoTaskReference task, int number)
        {
            var failure = Fail?.Invoke(task, number);
            if (failure != null) throw failure;
            if (!_timelines.TryGetValue(task, out var timeline)) throw Unknown(task);

            var now = Clock.Now;
            var record = timeline.Where(s => s.At <= now).Select(s => s.Record).LastOrDefault() ?? timeline[0].Record;
            return SunoTask.Parse(record, task.Family);
        }

        /// <summary>Runs a wait for <paramref name="tasks"/> to its end on the clock and collects what it reported, with the clock time of each event.</summary>
        public async Task<List<(WaitEvent Event, TimeSpan At)>> WaitAsync(WaitSettings settings, IEnumerable<SunoTaskReference> tasks,
            CancellationToken cancellationToken = default, Action<TaskWaiter>? inspect = null)
        {
            var events = new ConcurrentQueue<(WaitEvent, TimeSpan)>();
            using var waiter = new TaskWaiter(Read, settings, e => events.Enqueue((e, Clock.Now)), Clock);
            foreach (var task in tasks) waiter.Add(task);
            waiter.CompleteAdding();
            await Clock.DriveAsync(waiter.RunAsync(cancellationToken));
            inspect?.Invoke(waiter);
            return events.ToList();
        }

        public Task<List<(WaitEvent Event, TimeSpan At)>> WaitAsync(WaitSettings settings, IEnumerable<string> musicTaskIds,
            CancellationToken cancellationToken = default, Action<TaskWaiter>? inspect = null) =>
            WaitAsync(settings, musicTaskIds.Select(id => new SunoTaskReference(id)), cancellationToken, inspect);
    }
}
