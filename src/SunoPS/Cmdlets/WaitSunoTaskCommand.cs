using System;
using System.Management.Automation;
using SunoPS.Client.Polling;
using SunoPS.Errors;
using SunoPS.Infrastructure;

namespace SunoPS.Cmdlets
{
    /// <summary>
    /// Waits until tasks finish (or reach the stage named by -Until) and writes each one out the moment it does.
    /// One scheduler polls all of them politely; failed tasks and time-outs are non-terminating errors.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "SunoTask")]
    [OutputType(typeof(SunoTask))]
    public sealed class WaitSunoTaskCommand : SunoApiCmdlet
    {
        private WaitPresenter? _presenter;

        /// <summary>Task ids; task objects (or CSV rows) bind by their TaskId property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [AllowEmptyString]
        [AllowNull]
        public string[] TaskId { get; set; } = new string[0];

        /// <summary>Text: lyrics ready. First: a stream URL is playable. Complete (default): all tracks downloadable.</summary>
        [Parameter]
        public WaitStage Until { get; set; } = WaitStage.Complete;

        /// <summary>How long to wait for each task, in seconds (default 20 minutes; generations take minutes).</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int TimeoutSec { get; set; } = WaitSettings.DefaultTimeoutSeconds;

        /// <summary>The first interval between reads of a task; it grows towards 30 s for long runners.</summary>
        [Parameter]
        [ValidateRange(0.05, 3600.0)]
        public double PollIntervalSec { get; set; } = WaitSettings.DefaultPollIntervalSeconds;

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
            _presenter = new WaitPresenter(this, Client, Settings());
        }

        protected override void ProcessRecord()
        {
            foreach (var raw in TaskId ?? NoTaskId)
            {
                var id = NormalizeTaskId(raw);
                if (id == null) continue;

                _presenter!.Add(id!);
            }
        }

        protected override void EndProcessing() => _presenter!.Finish();

        protected override void OnDisposing() => _presenter?.Dispose();

        private WaitSettings Settings()
        {
            var interval = TimeSpan.FromSeconds(PollIntervalSec);
            return new WaitSettings
            {
                Until = Until,
                Timeout = TimeSpan.FromSeconds(TimeoutSec),
                PollInterval = interval,
                MaxRequestsPerSecond = MaxRequestsPerSecond,
                Any = Any,
            };
        }
    }
}
