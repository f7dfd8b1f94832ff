using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Callbacks;

/// <summary>
/// Optional beside <see cref="Families.ITaskFamily"/>: a family whose tasks the API reports by callback implements
/// it, saying when each reported stage of a task is reached and what body is posted for it (suno-api.md §6). The
/// <see cref="CallbackDispatcher"/> does the rest (when, where, retries, the log), the same for every family.
/// </summary>
internal interface ICallbackFamily
{
    /// <summary>
    /// The stages of <paramref name="task"/> that are reported by callback, in order, each at the emulated time it is
    /// reached (infinity: never). Empty when the task is not of this family.
    /// </summary>
    IReadOnlyList<CallbackStage> CallbackStagesOf(IEmulatedTask task);

    /// <summary>The JSON body the API posts for <paramref name="stage"/> (called once the stage is reached).</summary>
    byte[] RenderCallback(IEmulatedTask task, CallbackStage stage);
}
