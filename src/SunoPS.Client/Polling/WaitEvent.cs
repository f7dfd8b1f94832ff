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

        /// <summary>The wait for the task ran out of time.</summary>
        TimedOut,
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
    }
}
