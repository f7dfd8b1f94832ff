namespace SunoPS.Client.Journal
{
    /// <summary>What a submission gave: the task, whether it came from the journal (an idempotency key seen before), and any journal failure.</summary>
    public sealed class SunoSubmitResult
    {
        internal SunoSubmitResult(SunoTask task, bool alreadySubmitted, string? journalFailure)
        {
            Task = task;
            AlreadySubmitted = alreadySubmitted;
            JournalFailure = journalFailure;
        }

        public SunoTask Task { get; }

        /// <summary>True when the idempotency key named a task submitted earlier: nothing was sent or paid now; the task was read live.</summary>
        public bool AlreadySubmitted { get; }

        /// <summary>Why the accepted task could not be journaled (the task itself is fine); null when it was.</summary>
        public string? JournalFailure { get; }
    }
}
