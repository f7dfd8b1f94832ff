using SunoPS.Client.Errors;

namespace SunoPS.Client.Polling
{
    public enum WaitEventKind
    {
        /// <summary>The task reached the wanted stage.</summary>
        Reached,

        /// <summary>The task ended in a failure state.</summary>
        Failed,

        /// <summary>The task's status changed (not yet at the wanted stage).</summary>
        StatusChanged,

        /// <summary>The task could not be read (unknown id, say) and is no longer waited for.</summary>
        Error,

        /// <summary>The wait for the task ran out of time (Error: the last read's failure, if the last read failed).</summary>
        TimedOut,

        /// <summary>Several reads in a row failed (Error: the latest); the wait goes on. Reported once until a read succeeds.</summary>
        Unreachable,
    }

    /// <summary>Something that happened to one task during a wait.</summary>
    public sealed class WaitEvent
    {
        public WaitEvent(WaitEventKind kind, SunoTaskReference reference, SunoTask? task, string? previousStatus = null, SunoException? error = null)
        {
            Kind = kind;
            Reference = reference;
            Task = task;
            PreviousStatus = previousStatus;
            Error = error;
        }

        public WaitEventKind Kind { get; }

        /// <summary>The task waited for, with its family.</summary>
        public SunoTaskReference Reference { get; }

        public string TaskId => Reference.TaskId;

        /// <summary>The latest record read, when there is one.</summary>
        public SunoTask? Task { get; }

        public string? PreviousStatus { get; }
        public SunoException? Error { get; }

        /// <summary>For <see cref="WaitEventKind.Unreachable"/>: how many reads in a row failed.</summary>
        public int FailedReads { get; internal set; }
    }
}
