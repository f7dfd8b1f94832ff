using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using SunoPS.Client;
using SunoPS.Client.Errors;
using SunoPS.Client.Polling;
using SunoPS.Errors;

namespace SunoPS.Infrastructure
{
    /// <summary>
    /// Runs a <see cref="TaskWaiter"/> for a cmdlet and shows it: finished tasks go to the cmdlet's handler (the
    /// pipeline by default) at once, failures and time-outs become non-terminating errors, status changes go to
    /// -Verbose (runbooks show no progress) and a progress bar counts tasks per status. Everything is written from
    /// the pipeline thread. The one wait of every cmdlet that waits.
    /// </summary>
    internal sealed class WaitPresenter : IDisposable
    {
        private const string Activity = "Waiting for Suno tasks";
        private static int _nextActivityId = 0x5A0;

        private readonly SunoApiCmdlet _cmdlet;
        private readonly WaitSettings _settings;
        private readonly TaskWaiter _waiter;
        private readonly System.Threading.Tasks.Task<bool> _run;
        private readonly Action<SunoTask> _onReached;
        private readonly Action<SunoTask> _onFailed;
        private readonly string _timeoutConsequence;
        private readonly int _activityId = Interlocked.Increment(ref _nextActivityId);
        private DateTime _lastProgress = DateTime.MinValue;
        private bool _progressShown;

        /// <param name="onReached">What to do with a task that reached the stage (default: write it out).</param>
        /// <param name="onFailed">What to do with a failed task (default: a SunoTaskFailed error).</param>
        /// <param name="timeoutConsequence">A sentence for the time-out error saying what did not happen.</param>
        public WaitPresenter(SunoApiCmdlet cmdlet, SunoClient client, WaitSettings settings,
            Action<SunoTask>? onReached = null, Action<SunoTask>? onFailed = null, string timeoutConsequence = "")
        {
            _cmdlet = cmdlet;
            _settings = settings;
            _onReached = onReached ?? cmdlet.WriteTask;
            _onFailed = onFailed ?? (task => cmdlet.WriteError(ErrorRecordFactory.From(TaskErrors.Failed(task), task.TaskId)));
            _timeoutConsequence = timeoutConsequence;
            _waiter = new TaskWaiter(client, settings, evt => cmdlet.Post(() => Show(evt)));
            _run = cmdlet.Start(async token =>
            {
                await _waiter.RunAsync(token).ConfigureAwait(false);
                return true;
            });
        }

        /// <summary>Waits for a task; what the session already knows of it completes the records read.</summary>
        public void Add(SunoTaskReference task, SunoTask? known = null)
        {
            _waiter.Add(task, known ?? _cmdlet.Session.Tasks.Find(task));
            _cmdlet.Drain();
            WriteProgress(force: false);
        }

        /// <summary>No more input: waits for the rest, then clears the progress bar. <paramref name="onTick"/> runs meanwhile.</summary>
        public void Finish(Action? onTick = null)
        {
            _waiter.CompleteAdding();
            try
            {
                _cmdlet.Await(_run, () =>
                {
                    onTick?.Invoke();
                    WriteProgress(force: false);
                });
            }
            catch (SunoException e)
            {
                CompleteProgress();
                _cmdlet.ThrowTerminatingError(ErrorRecordFactory.From(e));
            }

            CompleteProgress();
        }

        private void Show(WaitEvent evt)
        {
            switch (evt.Kind)
            {
                case WaitEventKind.Reached:
                    _cmdlet.WriteVerbose("Task " + evt.TaskId + " reached " + evt.Task!.Status + ".");
                    _onReached(evt.Task);
                    break;
                case WaitEventKind.StatusChanged:
                    _cmdlet.WriteVerbose("Task " + evt.TaskId + ": " + (evt.PreviousStatus ?? "(new)") + " -> " + evt.Task!.Status + ".");
                    break;
                case WaitEventKind.Failed:
                    _onFailed(evt.Task!);
                    break;
                case WaitEventKind.TimedOut:
                    var goal = _settings.Until == WaitStage.Complete ? "complete" : "reach " + _settings.Until;
                    _cmdlet.WriteError(ErrorRecordFactory.From(TaskErrors.TimedOut(evt.Reference, goal, _settings.Timeout.TotalSeconds,
                        evt.PreviousStatus, _timeoutConsequence), evt.TaskId));
                    break;
                case WaitEventKind.Error:
                    _cmdlet.WriteError(ErrorRecordFactory.From(evt.Error!, evt.TaskId));
                    break;
            }
        }

        private void WriteProgress(bool force)
        {
            var now = DateTime.UtcNow;
            if (!force && now - _lastProgress < TimeSpan.FromMilliseconds(500)) return;
            _lastProgress = now;

            var snapshot = _waiter.Snapshot();
            if (snapshot.Total == 0) return;
            var counts = string.Join(", ", snapshot.RunningByStatus.OrderBy(kv => kv.Key).Select(kv => kv.Key + " " + kv.Value));
            var record = new ProgressRecord(_activityId, Activity,
                string.Format(CultureInfo.InvariantCulture, "{0} of {1} done{2}", snapshot.Done, snapshot.Total,
                    counts.Length > 0 ? "; running: " + counts : ""))
            {
                PercentComplete = (int)(100.0 * snapshot.Done / snapshot.Total),
                CurrentOperation = snapshot.OldestTaskId == null ? null : string.Format(CultureInfo.InvariantCulture,
                    "Oldest running: {0} ({1:0} s)", snapshot.OldestTaskId, snapshot.OldestAge.TotalSeconds),
            };
            _cmdlet.WriteProgress(record);
            _progressShown = true;
        }

        private void CompleteProgress()
        {
            if (!_progressShown) return;
            _cmdlet.WriteProgress(new ProgressRecord(_activityId, Activity, "Done") { RecordType = ProgressRecordType.Completed });
            _progressShown = false;
        }

        /// <summary>The wait's background run, for a cmdlet that must see it end before it cleans up.</summary>
        public System.Threading.Tasks.Task Running => _run;

        public void Dispose() => _waiter.Dispose();
    }
}
