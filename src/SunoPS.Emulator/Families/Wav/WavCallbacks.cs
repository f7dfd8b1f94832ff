using System.Text.Json;
using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Wav;

/// <summary>
/// The WAV callback (suno-api.md §6.3): one, when the conversion ends — <c>data.audioWavUrl</c> and <c>data.task_id</c>
/// with code 200, or code 400 "WAV format conversion failed" (500 when the task could not be created) and a null URL.
/// </summary>
internal static class WavCallbacks
{
    public static IReadOnlyList<CallbackStage> StagesOf(WavTask task) =>
        [new(task.Final.HasFile() ? CallbackStage.Complete : CallbackStage.Error, task.CreatedAt + task.DoneAfter)];

    public static byte[] Render(WavTask task, FileUrls urls)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            var succeeded = task.Final.HasFile();
            w.WriteStartObject();
            w.WriteNumber("code", succeeded ? 200 : task.Final == WavStatus.CreateTaskFailed ? 500 : 400);
            w.WriteString("msg", succeeded ? "success" : task.Final == WavStatus.CreateTaskFailed ? "Task creation failed" : "WAV format conversion failed");
            w.WriteStartObject("data");
            if (succeeded) w.WriteString("audioWavUrl", WavFiles.UrlOf(urls, task, task.FileGeneration)); else w.WriteNull("audioWavUrl");
            w.WriteString("task_id", task.TaskId);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }
}
