namespace SunoPS
{
    /// <summary>Where a task stands, in the same four words for every family.</summary>
    public enum SunoTaskState
    {
        /// <summary>Accepted, not started (PENDING, successFlag 0, wait_processing).</summary>
        Pending,

        /// <summary>Under way: a stage short of the end (TEXT_SUCCESS, FIRST_SUCCESS, GENERATING, recovery's 201…).</summary>
        Running,

        /// <summary>Finished; its outputs are there.</summary>
        Succeeded,

        /// <summary>Ended without (all of) its outputs; ErrorCode and ErrorMessage say why.</summary>
        Failed,
    }
}
