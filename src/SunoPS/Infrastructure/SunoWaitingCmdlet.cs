using System;
using System.Management.Automation;
using SunoPS.Client.Polling;

namespace SunoPS.Infrastructure
{
    /// <summary>The one declaration of how a cmdlet waits: -TimeoutSec and -PollIntervalSec, with their defaults.</summary>
    public abstract class SunoWaitingCmdlet : SunoApiCmdlet
    {
        /// <summary>How long to wait for each task, in seconds (default 20 minutes; generations take minutes).</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int TimeoutSec { get; set; } = WaitSettings.DefaultTimeoutSeconds;

        /// <summary>The first interval between reads of a task; it grows towards 30 s for long runners.</summary>
        [Parameter]
        [ValidateRange(0.05, 3600.0)]
        public double PollIntervalSec { get; set; } = WaitSettings.DefaultPollIntervalSeconds;

        /// <summary>The settings these parameters give; cmdlets add what else they take (-Until, -Any).</summary>
        protected virtual WaitSettings CreateWaitSettings() => new WaitSettings
        {
            Timeout = TimeSpan.FromSeconds(TimeoutSec),
            PollInterval = TimeSpan.FromSeconds(PollIntervalSec),
        };
    }

    /// <summary>A cmdlet that waits only when asked to (-Wait), with the same -TimeoutSec and -PollIntervalSec.</summary>
    public abstract class SunoOptionalWaitCmdlet : SunoWaitingCmdlet
    {
        /// <summary>Wait for each task to finish first.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }
    }
}
