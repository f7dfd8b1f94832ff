using System;

namespace SunoPS.Client.Polling
{
    /// <summary>How a <see cref="TaskWaiter"/> polls.</summary>
    public sealed class WaitSettings
    {
        /// <summary>The default -PollIntervalSec of every cmdlet that waits.</summary>
        public const double DefaultPollIntervalSeconds = 5;

        /// <summary>The default -TimeoutSec of every cmdlet that waits: generations take minutes, so 20 of them.</summary>
        public const int DefaultTimeoutSeconds = 1200;

        /// <summary>The first poll interval of each task; it grows towards <see cref="MaxPollInterval"/> for long runners.</summary>
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(DefaultPollIntervalSeconds);

        /// <summary>The longest interval between reads of a task; a longer <see cref="PollInterval"/> raises it.</summary>
        public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>How long each task is waited for, from when it joined the wait.</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(DefaultTimeoutSeconds);

        public WaitStage Until { get; set; } = WaitStage.Complete;

        /// <summary>Stop after the first task that finishes (successfully or not).</summary>
        public bool Any { get; set; }

        /// <summary>The most status reads per second for the whole wait, however many tasks there are.</summary>
        public double MaxRequestsPerSecond { get; set; } = 10;

        /// <summary>How many status reads may be in flight at once.</summary>
        public int MaxConcurrentReads { get; set; } = 8;
    }
}
