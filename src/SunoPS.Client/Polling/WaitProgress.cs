using System;
using System.Collections.Generic;

namespace SunoPS.Client.Polling
{
    /// <summary>A snapshot of a wait, for a progress bar.</summary>
    public sealed class WaitProgress
    {
        public WaitProgress(int total, int done, IReadOnlyDictionary<string, int> runningByStatus, string? oldestTaskId, TimeSpan oldestAge)
        {
            Total = total;
            Done = done;
            RunningByStatus = runningByStatus;
            OldestTaskId = oldestTaskId;
            OldestAge = oldestAge;
        }

        public int Total { get; }
        public int Done { get; }
        public IReadOnlyDictionary<string, int> RunningByStatus { get; }
        public string? OldestTaskId { get; }
        public TimeSpan OldestAge { get; }
    }
}
