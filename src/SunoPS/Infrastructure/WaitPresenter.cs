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
    /// Runs a <see cref="TaskWaiter"/> for a cmdlet and shows it: finished tasks go to the pipeline at once,
    /// failures and time-outs become non-terminating errors, status changes go to -Verbose (runbooks show no
    /// progress) and a progress bar counts tasks per status. Everything is written from the pipeline thread.
    /// </summary>
    internal sealed class WaitPresenter : IDisposable
    {
        private const string Activity = "Waiting for Suno tasks";
        private static int _nextActivityId = 0x5A0;

        private readonly SunoCmdlet _cmdlet;
        private readonly WaitSettings _settings;
        private readonly TaskWaiter _waiter;
        private readonly System.Threading.Tasks.Task<bool> _run;
        private readonly int _activityId = Interlocked.Increment(ref _nextActivityId);
        private DateTime _lastProgress = DateTime.MinValue;
        private bool _progressShown;

        public WaitPresenter(SunoCmdlet cmdlet, SunoClient client, WaitSettings settings)
        {
            _cmdlet = cmdlet;
            _settings = settings;
            _waiter = new TaskWaiter(client, settings, evt => cmdlet.Post(() => Show(evt)));
            _run = cmdlet.Start(async token =>
            {
                await _waiter.RunAsync(token).ConfigureAwait(false);
                return true;
            });
        }

        public void Add(string taskId)
        {
            _waiter.Add(taskId);
            _cmdlet.Drain();
            WriteProgress(force: false);
        }

        /// <summary>No more input: waits for the rest, then clears the progress bar.</summary>
        public void Finish()
        {
            _waiter.CompleteAdding();
            try
            {
                _cmdlet.Await(_run, () => WriteProgress(force: false));
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
                    _cmdlet.WriteObject(evt.Task);
                    break;
                case WaitEventKind.StatusChanged:
                    _cmdlet.WriteVerbose("Task " + evt.TaskId + ": " + (evt.PreviousStatus ?? "(new)") + " -> " + evt.Task!.Status + ".");
                    break;
                case WaitEventKind.Failed:
                    var task = evt.Task!;
                    var message = string.Format(CultureInfo.InvariantCulture, "Suno task {0} failed with status {1}{2}: {3}",
                        task.TaskId, task.Status,
                        task.ErrorCode.HasValue ? " (error code " + task.ErrorCode.Value.ToString(CultureInfo.InvariantCulture) + ")" : "",
                        task.ErrorMessage ?? "the API gave no reason.");
                    _cmdlet.WriteError(ErrorRecordFactory.From(
                        new SunoException(SunoErrorKind.TaskFailed, message) { ApiCode = task.ErrorCode, Target = task }, task.TaskId));
                    break;
                case WaitEventKind.TimedOut:
                    _cmdlet.WriteError(ErrorRecordFactory.From(new SunoException(SunoErrorKind.WaitTimeout,
                        string.Format(CultureInfo.InvariantCulture,
                            "Suno task {0} did not reach {1} within {2:0.#} s; its last status was {3}. It keeps running on the server.",
                            evt.TaskId, _settings.Until, _settings.Timeout.TotalSeconds, evt.PreviousStatus ?? "unknown (never read)")),
                        evt.TaskId));
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

        public void Dispose() => _waiter.Dispose();
    }
}
