using SunoPS.Emulator.Callbacks;

namespace SunoPS.Emulator.Families.Lyrics;

/// <summary>
/// The lyrics callback (suno-api.md §6.2): one, when the task ends. Shaped like music's but with <c>data.taskId</c>
/// (camelCase): <c>callbackType</c> complete and the variants as record-info shows them, or <c>error</c> with the
/// failure's code and message and <c>data: null</c>.
/// </summary>
internal static class LyricsCallbacks
{
    public static IReadOnlyList<CallbackStage> StagesOf(LyricsTask task) =>
        CallbackBody.EndStage(task.Final.HasText(), task.Timing.CreatedAt + task.Timing.DoneAfter);

    public static byte[] Render(LyricsTask task, CallbackStage stage) => CallbackBody.Write(w =>
    {
        var succeeded = stage.Name == CallbackStage.Complete;
        var (code, message) = task.Final.ErrorOf();
        w.WriteStartObject();
        w.WriteNumber("code", succeeded ? 200 : code ?? 500);
        w.WriteString("msg", succeeded ? "All generated successfully." : message ?? "Lyrics generation failed");
        w.WriteStartObject("data");
        w.WriteString("callbackType", stage.Name);
        w.WriteString("taskId", task.TaskId);
        if (succeeded)
        {
            w.WriteStartArray("data");
            foreach (var variant in task.Variants) LyricsRecordWriter.WriteVariant(w, variant);
            w.WriteEndArray();
        }
        else
        {
            w.WriteNull("data");
        }

        w.WriteEndObject();
        w.WriteEndObject();
    });
}
