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

        private readonly OrderedOutput<SunoTask> _pending = new OrderedOutput<SunoTask>();
        private SemaphoreSlim? _slots;

        /// <summary>One or more task ids; task objects (or CSV rows) bind by their TaskId property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "SunoTaskId")]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(TaskIdCompleter))]
        public string[] TaskId { get; set; } = new string[0];

        /// <summary>The family the ids belong to (default Music); task objects and CSV rows bind it by their Family property.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SunoFamily")]
        public SunoTaskFamily Family { get; set; } = SunoTaskFamily.Music;

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
            foreach (var raw in TaskId ?? NoTaskId)
            {
                var id = NormalizeTaskId(raw);
                if (id == null) continue;

                var reference = new SunoTaskReference(id, Family);
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

            _pending.WriteFinished(this, waitForAll: false, WriteTask, MaxQueued);
        }

        protected override void EndProcessing() => _pending.WriteFinished(this, waitForAll: true, WriteTask);
    }
}
