using System.Management.Automation;
using SunoPS.Client.Polling;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Waits until tasks of any family finish (or reach the stage named by -Until) and writes each one out the moment
    /// it does. One scheduler polls all of them politely; failed tasks and time-outs are non-terminating errors. A
    /// piped task keeps its family (its Family property binds -Family); a bare id is a music task.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "SunoTask")]
    [OutputType(typeof(SunoTask))]
    public sealed class WaitSunoTaskCommand : SunoWaitingCmdlet
    {
        private WaitPresenter? _presenter;

        /// <summary>Task ids; task objects (or CSV rows) bind by their TaskId property.</summary>
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

        /// <summary>Text: lyrics ready. First: a stream URL is playable. Complete (default): all tracks downloadable.</summary>
        [Parameter]
        public WaitStage Until { get; set; } = WaitStage.Complete;

        /// <summary>The most status reads per second for the whole wait.</summary>
        [Parameter]
        [ValidateRange(0.1, 1000.0)]
        public double MaxRequestsPerSecond { get; set; } = 10;

        /// <summary>Return after the first task that finishes.</summary>
        [Parameter]
        public SwitchParameter Any { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _presenter = new WaitPresenter(this, Client, CreateWaitSettings());
        }

        protected override void ProcessRecord()
        {
            foreach (var raw in TaskId ?? NoTaskId)
            {
                var id = NormalizeTaskId(raw);
                if (id == null) continue;

                _presenter!.Add(new SunoTaskReference(id, Family));
            }
        }

        protected override void EndProcessing() => _presenter!.Finish();

        protected override void OnDisposing() => _presenter?.Dispose();

        protected override WaitSettings CreateWaitSettings()
        {
            var settings = base.CreateWaitSettings();
            settings.Until = Until;
            settings.MaxRequestsPerSecond = MaxRequestsPerSecond;
            settings.Any = Any;
            return settings;
        }
    }
}
