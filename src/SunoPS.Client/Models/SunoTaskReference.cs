using System;

namespace SunoPS
{
    /// <summary>
    /// A task id and the family it belongs to: what Get, Wait and Save pass along, so a task keeps its family
    /// through the pipeline (a bare id is a music task).
    /// </summary>
    public sealed class SunoTaskReference : IEquatable<SunoTaskReference>
    {
        public SunoTaskReference(string taskId, SunoTaskFamily family = SunoTaskFamily.Music)
        {
            TaskId = taskId ?? throw new ArgumentNullException(nameof(taskId));
            Family = family;
        }

        public string TaskId { get; }
        public SunoTaskFamily Family { get; }

        public bool Equals(SunoTaskReference? other) =>
            other != null && other.Family == Family && string.Equals(other.TaskId, TaskId, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as SunoTaskReference);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(TaskId) * 31 + (int)Family;

        public override string ToString() => TaskId;
    }
}
