using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Recovery;

/// <summary>
/// The recovery callback (suno-api.md §6.9): one, when the recovery ends, in the same shape as its details —
/// top-level <c>code</c> (200 when at least one track was recovered, 500 when all failed), <c>msg</c>, <c>task_id</c>
/// and <c>data[]</c> in the original tracks' order — so it is written by the details' own writer.
/// </summary>
internal static class RecoveryCallbacks
{
    public static IReadOnlyList<CallbackStage> StagesOf(RecoveryTask task) =>
        CallbackBody.EndStage(task.TrackFails.Any(f => !f), task.Timing.CreatedAt + task.Timing.DoneAfter);

    /// <summary>The body, read at <paramref name="now"/> (the clock, past the stage), so the details read as finished.</summary>
    public static byte[] Render(RecoveryTask task, double now, FileUrls urls) =>
        CallbackBody.Write(w => RecoveryRecordWriter.Write(w, task, now, urls));
}
