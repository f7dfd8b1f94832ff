using System.Globalization;
using SunoPS.Client.Errors;

namespace SunoPS.Errors
{
    /// <summary>The errors about a task's own state, phrased once for every cmdlet that meets them.</summary>
    internal static class TaskErrors
    {
        public static SunoException Failed(SunoTask task, string? addendum = null) =>
            new SunoException(SunoErrorKind.TaskFailed, string.Format(CultureInfo.InvariantCulture,
                "Suno {0} task {1} failed with status {2}{3}: {4}{5}", FamilyWord(task.Family), task.TaskId, task.Status,
                task.ErrorCode.HasValue ? " (error code " + task.ErrorCode.Value.ToString(CultureInfo.InvariantCulture) + ")" : "",
                EndSentence(task.ErrorMessage ?? "the API gave no reason"), addendum == null ? "" : " " + addendum))
            { ApiCode = task.ErrorCode, Target = task };

        public static SunoException NotComplete(SunoTaskReference task, string? status, string? outputId = null) =>
            new SunoException(SunoErrorKind.TaskNotComplete, string.Format(CultureInfo.InvariantCulture,
                "{0} is not complete yet{1}, so it has nothing to download. Wait for it first: pipe it through Wait-SunoTask, or add -Wait.",
                outputId == null ? "Suno task " + task.TaskId : "Output " + outputId + " of task " + task.TaskId,
                status == null ? "" : " (status " + status + ")"))
            { Target = task.TaskId };

        public static SunoException TimedOut(SunoTaskReference task, string goal, double seconds, string? lastStatus, string consequence,
            string? lastReadError = null) =>
            new SunoException(SunoErrorKind.WaitTimeout, string.Format(CultureInfo.InvariantCulture,
                "Suno task {0} did not {1} within {2:0.#} s; its last status was {3}.{4} {5}It keeps running on the server.",
                task.TaskId, goal, seconds, lastStatus ?? "unknown (never read)",
                lastReadError == null ? "" : " The last read failed: " + EndSentence(lastReadError), consequence))
            { Target = task.TaskId };

        private static string FamilyWord(SunoTaskFamily family) => family == SunoTaskFamily.Music ? "music" : family.ToString();

        public static string EndSentence(string text)
        {
            text = text.TrimEnd();
            return text.Length > 0 && ".!?".IndexOf(text[text.Length - 1]) >= 0 ? text : text + ".";
        }
    }
}
