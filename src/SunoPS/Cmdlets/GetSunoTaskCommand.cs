using System.Management.Automation;
using System.Threading;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Reads task records of any family by id. Ids from the pipeline are read a few at a time in the background while
    /// more arrive, and written out in input order as soon as each is in. A piped task (or CSV row with TaskId and
    /// Family columns) is read from its own family's endpoint; a bare id is a music task unless -Family says otherwise.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SunoTask")]
    [OutputType(typeof(SunoTask))]
    public sealed class GetSunoTaskCommand : SunoApiCmdlet
    {
        /// <summary>Reads queued ahead of the output before the pipeline waits for the oldest.</summary>
        private const int MaxQueued = 256;

        private const string ByIdSet = "ById";
        private const string RecentSet = "Recent";

        private readonly OrderedOutput<SunoTask> _pending = new OrderedOutput<SunoTask>();
        private SemaphoreSlim? _slots;

        /// <summary>One or more task ids; task objects (or CSV rows) bind by their TaskId property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [Alias("Id", "SunoTaskId")]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string[] TaskId { get; set; } = new string[0];

        /// <summary>The family the ids belong to (default Music); task objects and CSV rows bind it by their Family property.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SunoFamily")]
        public SunoTaskFamily Family { get; set; } = SunoTaskFamily.Music;

        /// <summary>Reads the tasks this machine submitted, from the task journal, instead of given ids.</summary>
        [Parameter(Mandatory = true, ParameterSetName = RecentSet)]
        public SwitchParameter Recent { get; set; }

        /// <summary>With -Recent: only tasks submitted at or after this time (default: the last 24 hours).</summary>
        [Parameter(ParameterSetName = RecentSet)]
        public System.DateTime Since { get; set; }

        /// <summary>How many reads run at once.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 8;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _slots = new SemaphoreSlim(ThrottleLimit);
        }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == RecentSet)
            {
                ReadRecent();
                return;
            }

            foreach (var raw in TaskId ?? NoTaskId)
            {
                var id = NormalizeTaskId(raw);
                if (id == null) continue;
                Enqueue(new SunoTaskReference(id, Family));
            }

            _pending.WriteFinished(this, waitForAll: false, WriteTask, MaxQueued);
        }

        /// <summary>The journaled tasks since -Since (of -Family when given), each once, in journal order.</summary>
        private void ReadRecent()
        {
            if (Client.Options.JournalPath == null)
            {
                WriteError(Errors.ErrorRecordFactory.InvalidArgument("-Recent reads the task journal, which is off ($env:" +
                                                                     SunoPS.Session.SunoSession.JournalVariable + " = 'off').", null));
                return;
            }

            var since = MyInvocation.BoundParameters.ContainsKey(nameof(Since))
                ? new System.DateTimeOffset(Since.ToUniversalTime(), System.TimeSpan.Zero)
                : System.DateTimeOffset.UtcNow.AddHours(-24);
            var byFamily = MyInvocation.BoundParameters.ContainsKey(nameof(Family));
            var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
            // Only this API's tasks: one submitted to the emulator cannot be read from the real API, nor the other way.
            var origin = Client.Options.BaseUri.Authority;
            foreach (var entry in Client.ReadJournal())
            {
                if (entry.Time < since || (byFamily && entry.Family != Family)) continue;
                if (!string.Equals(entry.Host, origin, System.StringComparison.OrdinalIgnoreCase)) continue;
                if (entry.Event == SunoPS.Client.Journal.SunoJournalEntry.Unknown)
                {
                    WriteWarning("A submission to " + entry.Endpoint + " on " + entry.Time.ToLocalTime().ToString("g", System.Globalization.CultureInfo.CurrentCulture) +
                                 " has an unknown outcome (no task id came back): compare Get-SunoCredit with the balance before to see whether it was charged.");
                    continue;
                }

                if (entry.Event != SunoPS.Client.Journal.SunoJournalEntry.Submitted || string.IsNullOrEmpty(entry.TaskId) || !seen.Add(entry.TaskId!)) continue;
                Enqueue(new SunoTaskReference(entry.TaskId!, entry.Family));
                _pending.WriteFinished(this, waitForAll: false, WriteTask, MaxQueued);
            }
        }

        private void Enqueue(SunoTaskReference reference)
        {
            {
                var id = reference.TaskId;
                var client = Client;
                var slots = _slots!;
                // The turn is taken here, on the pipeline thread, so reads start in input order (waiters queue first
                // come, first served). Output is in input order: a read that started out of turn only held it back,
                // and '| Select-Object -First 1' could read every id before the first one.
                var turn = slots.WaitAsync(CancellationToken);
                _pending.Enqueue(Start(async token =>
                {
                    await turn.ConfigureAwait(false);
                    try
                    {
                        return await client.GetTaskAsync(reference, token).ConfigureAwait(false);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }), id);
            }
        }

        protected override void EndProcessing() => _pending.WriteFinished(this, waitForAll: true, WriteTask);
    }
}
