using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Errors;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Reads task records by id. Ids from the pipeline are read a few at a time in the background while more
    /// arrive, and written out in input order as soon as each is in.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SunoTask")]
    [OutputType(typeof(SunoTask))]
    public sealed class GetSunoTaskCommand : SunoApiCmdlet
    {
        /// <summary>Reads queued ahead of the output before the pipeline waits for the oldest.</summary>
        private const int MaxQueued = 256;

        private readonly Queue<KeyValuePair<string, Task<SunoTask>>> _pending = new Queue<KeyValuePair<string, Task<SunoTask>>>();
        private SemaphoreSlim? _slots;

        /// <summary>One or more task ids; task objects (or CSV rows) bind by their TaskId property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [AllowEmptyString]
        [AllowNull]
        public string[] TaskId { get; set; } = new string[0];

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

                var client = Client;
                var slots = _slots!;
                // The turn is taken here, on the pipeline thread, so reads start in input order (waiters queue first
                // come, first served). Output is in input order: a read that started out of turn only held it back,
                // and '| Select-Object -First 1' could read every id before the first one.
                var turn = slots.WaitAsync(CancellationToken);
                _pending.Enqueue(new KeyValuePair<string, Task<SunoTask>>(id!, Start(async token =>
                {
                    await turn.ConfigureAwait(false);
                    try
                    {
                        return await client.GetTaskAsync(id!, token).ConfigureAwait(false);
                    }
                    finally
                    {
                        slots.Release();
                    }
                })));
            }

            WriteFinished(waitForAll: false);
        }

        protected override void EndProcessing() => WriteFinished(waitForAll: true);

        private void WriteFinished(bool waitForAll)
        {
            while (_pending.Count > 0 && (waitForAll || _pending.Count > MaxQueued || _pending.Peek().Value.IsCompleted))
            {
                var next = _pending.Dequeue();
                try
                {
                    WriteObject(Await(next.Value));
                }
                catch (SunoException e) when (e.Kind == SunoErrorKind.AuthenticationFailed || e.Kind == SunoErrorKind.ApiKeyMissing)
                {
                    ThrowSunoError(e, next.Key); // Every other id would fail the same way.
                }
                catch (SunoException e)
                {
                    WriteSunoError(e, next.Key);
                }
            }

            Drain();
        }
    }
}
