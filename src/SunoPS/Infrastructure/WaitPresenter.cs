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
        private bool _stopWarned;

        /// <param name="onReached">What to do with a task that reached the stage (default: write it out).</param>
        /// <param name="onFailed">What to do with a failed task (default: a SunoTaskFailed error).</param>
        /// <param name="timeoutConsequence">A sentence for the time-out error saying what did not happen.</param>
        public WaitPresenter(SunoApiCmdlet cmdlet, SunoClient client, WaitSettings settings,
            Action<SunoTask>? onReached = null, Action<SunoTask>? onFailed = null, string timeoutConsequence = "")
        {
            _cmdlet = cmdlet;
            _settings = settings;
            _onReached = onReached ?? cmdlet.WriteTask;
            _onFailed = onFailed ?? FailedOrUsable;
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
            catch (PipelineStoppedException)
            {
                WarnStopped();
                throw;
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
                        evt.PreviousStatus, _timeoutConsequence, evt.Error?.Message), evt.TaskId));
                    break;
                case WaitEventKind.Unreachable:
                    _cmdlet.WriteWarning(string.Format(CultureInfo.InvariantCulture,
                        "The Suno API cannot be reached: {0} status reads in a row failed, the latest with: {1} The wait goes on until -TimeoutSec.",
                        evt.FailedReads, TaskErrors.EndSentence(evt.Error?.Message ?? "an unknown error")));
                    break;
                case WaitEventKind.Error:
                    _cmdlet.WriteError(ErrorRecordFactory.From(evt.Error!, evt.TaskId));
                    break;
            }
        }

        /// <summary>
        /// A failed task, as an error; except CALLBACK_EXCEPTION with its files there: only the callback failed, so the task
        /// goes on down the pipeline (to Save-SunoTrack, say), with a warning.
        /// </summary>
        private void FailedOrUsable(SunoTask task)
        {
            var usable = task.Outputs.Count(o => o.IsPrimary && o.IsAvailable);
            if (task.Status == SunoTaskStatus.CallbackException && usable > 0)
            {
                _cmdlet.WriteWarning(TaskErrors.Failed(task).Message + " Only the callback failed: its " +
                                     usable.ToString(CultureInfo.InvariantCulture) + " output(s) exist, so the task is written out.");
                _onReached(task);
                return;
            }

            _cmdlet.WriteError(ErrorRecordFactory.From(TaskErrors.Failed(task), task.TaskId));
        }

        /// <summary>A stopped wait leaves its tasks running on the server: says which, and how to pick them up again.</summary>
        private void WarnStopped()
        {
            if (_stopWarned) return;
            _stopWarned = true;
            var pending = _waiter.Pending();
            if (pending.Count == 0) return;
            var resume = string.Join("; ", pending.GroupBy(t => t.Family).Select(g =>
                "Wait-SunoTask -TaskId " + string.Join(",", g.Select(t => t.TaskId)) + (g.Key == SunoTaskFamily.Music ? "" : " -Family " + g.Key)));
            var message = string.Format(CultureInfo.InvariantCulture,
                "The wait was stopped; {0} task(s) keep running on the server: {1}. Resume with: {2} (or find them with Get-SunoTask -Recent).",
                pending.Count, string.Join(", ", pending.Select(t => t.TaskId)), resume);
            try
            {
                _cmdlet.WriteWarning(message);
            }
            catch (PipelineStoppedException)
            {
                // The stopping pipeline takes no more records: the host still shows it.
                _cmdlet.Host?.UI?.WriteWarningLine(message);
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
                PercentComplete = StageWeights.Percent(snapshot.Total, snapshot.Done, snapshot.RunningByStatus, _settings.Until),
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

        public void Dispose()
        {
            // Stopped while the input still came (Ctrl+C in an upstream command): Finish never ran.
            if (_cmdlet.Stopping) WarnStopped();
            _waiter.Dispose();
        }
    }
}
