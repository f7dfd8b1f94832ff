namespace SunoPS
{
    /// <summary>The answer of the synchronous voice check: whether the custom voice of a voice task can be used yet.</summary>
    public sealed class SunoVoiceAvailability
    {
        internal SunoVoiceAvailability(string taskId, bool isAvailable)
        {
            TaskId = taskId;
            IsAvailable = isAvailable;
        }

        /// <summary>The voice task that was checked.</summary>
        public string TaskId { get; }

        public bool IsAvailable { get; }

        public override string ToString() => TaskId + ": " + (IsAvailable ? "available" : "not available");
    }
}
