namespace SunoPS
{
    /// <summary>
    /// The information record a submitting cmdlet writes when the API accepts a task (-InformationAction Continue
    /// shows it; -InformationVariable keeps it): the task, its family and, where the API documents it, its cost.
    /// </summary>
    public sealed class SunoSubmittedTask
    {
        internal SunoSubmittedTask(string taskId, SunoTaskFamily family, int? credits)
        {
            TaskId = taskId;
            Family = family;
            Credits = credits;
        }

        public string TaskId { get; }
        public SunoTaskFamily Family { get; }

        /// <summary>The credits the API's documentation gives for this request; null where it documents none (see Get-SunoCredit).</summary>
        public int? Credits { get; }

        public override string ToString() => "Submitted task " + TaskId + " (" + Family + ", " +
                                             (Credits is int n ? n + (n == 1 ? " credit" : " credits") : "credits not documented") + ")";
    }
}
