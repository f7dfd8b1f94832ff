using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.CoverArt;

/// <summary>
/// The cover-art callback (suno-api.md §6.7): one, when the pictures are made or have failed, with <c>data.taskId</c>
/// (camelCase). Success is in the docs' order (<c>code</c>, <c>data</c> {images, taskId}, <c>msg</c> "success");
/// a failure is code 501 "Cover generation failed" with <c>images: null</c> (the record says errorCode 500).
/// A seeded task kept pending or generating never posts.
/// </summary>
internal static class CoverArtCallbacks
{
    public const int FailureCode = 501;

    public static IReadOnlyList<CallbackStage> StagesOf(CoverArtTask task) =>
        task.Forced is CoverArtStatus.Pending or CoverArtStatus.Generating
            ? []
            : CallbackBody.EndStage(task.Final == CoverArtStatus.Success, task.Timing.CreatedAt + task.Timing.DoneAfter);

    public static byte[] Render(CoverArtTask task, CallbackStage stage, FileUrls urls) => CallbackBody.Write(w =>
    {
        w.WriteStartObject();
        if (stage.Name == CallbackStage.Complete)
        {
            w.WriteNumber("code", 200);
            w.WriteStartObject("data");
            w.WriteStartArray("images");
            for (var i = 1; i <= CoverArtFamily.ImageCount; i++) w.WriteStringValue(CoverArtFiles.UrlOf(urls, task, i, task.FileGeneration));
            w.WriteEndArray();
            w.WriteString("taskId", task.TaskId);
            w.WriteEndObject();
            w.WriteString("msg", "success");
        }
        else
        {
            w.WriteNumber("code", FailureCode);
            w.WriteString("msg", "Cover generation failed");
            w.WriteStartObject("data");
            w.WriteString("taskId", task.TaskId);
            w.WriteNull("images");
            w.WriteEndObject();
        }

        w.WriteEndObject();
    });
}
