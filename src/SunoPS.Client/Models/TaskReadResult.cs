using SunoPS.Client.Errors;

namespace SunoPS.Client
{
    /// <summary>The outcome of reading one id of a batch: the task, or why it could not be read.</summary>
    public sealed class TaskReadResult
    {
        public TaskReadResult(string taskId, SunoTask? task, SunoException? error)
        {
            TaskId = taskId;
            Task = task;
            Error = error;
        }

        public string TaskId { get; }
        public SunoTask? Task { get; }
        public SunoException? Error { get; }
    }
}
