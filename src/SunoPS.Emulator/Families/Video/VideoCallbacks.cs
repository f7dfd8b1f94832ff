using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Video;

/// <summary>
/// The MP4 callback (suno-api.md §6.6): one, when the task ends — <c>data.task_id</c> and <c>data.video_url</c> with
/// code 200 "MP4 generated successfully.", or code 400 "Music video generation failed" (500 when the task was not
/// created) and a null URL.
/// </summary>
internal static class VideoCallbacks
{
    public static IReadOnlyList<CallbackStage> StagesOf(VideoTask task) =>
        CallbackBody.EndStage(task.Final.HasFile(), task.Timing.CreatedAt + task.Timing.DoneAfter);

    public static byte[] Render(VideoTask task, CallbackStage stage, FileUrls urls) => CallbackBody.Write(w =>
    {
        var succeeded = stage.Name == CallbackStage.Complete;
        var created = task.Final != VideoStatus.CreateTaskFailed;
        w.WriteStartObject();
        w.WriteNumber("code", succeeded ? 200 : created ? 400 : 500);
        w.WriteString("msg", succeeded ? "MP4 generated successfully." : created ? "Music video generation failed" : "Task creation failed");
        w.WriteStartObject("data");
        w.WriteString("task_id", task.TaskId);
        if (succeeded) w.WriteString("video_url", VideoFiles.UrlOf(urls, task, task.FileGeneration)); else w.WriteNull("video_url");
        w.WriteEndObject();
        w.WriteEndObject();
    });
}
