using System.Text.Json;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Video;

/// <summary>
/// Writes an MP4 record as the spec shows it (suno-api.md §4.21): <c>musicId</c>, <c>musicIndex</c>, <c>callbackUrl</c>
/// with a lowercase b, times as "yyyy-MM-dd HH:mm:ss" text, <c>response</c> null while PENDING then
/// <c>{videoUrl}</c>, a string <c>successFlag</c>, plus the emulator's extra <c>emulator</c> field.
/// </summary>
internal static class VideoRecordWriter
{
    public static void Write(Utf8JsonWriter w, VideoTask task, double now, FileUrls urls)
    {
        var status = task.StatusAt(now);
        w.WriteStartObject();
        w.WriteString("taskId", task.TaskId);
        w.WriteString("musicId", task.Track.IdText);
        w.WriteNumber("musicIndex", task.MusicIndex);
        w.WriteString("callbackUrl", task.CallbackUrl);
        if (task.Timing.CompleteTimeMsAt(now) is { } completeMs) w.WriteString("completeTime", RecordTime.Text(completeMs)); else w.WriteNull("completeTime");

        w.WritePropertyName("response");
        if (status == VideoStatus.Pending)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStartObject();
            if (status.HasFile()) w.WriteString("videoUrl", VideoFiles.UrlOf(urls, task, task.FileGeneration)); else w.WriteNull("videoUrl");
            w.WriteEndObject();
        }

        w.WriteString("successFlag", status.ToApiName());
        w.WriteString("createTime", RecordTime.Text(task.Timing.CreateTimeMs));
        var (errorCode, errorMessage) = status.ErrorOf();
        if (errorCode is { } code) w.WriteNumber("errorCode", code); else w.WriteNull("errorCode");
        if (errorMessage is not null) w.WriteString("errorMessage", errorMessage); else w.WriteNull("errorMessage");

        w.WriteStartObject("emulator");
        w.WriteNumber("fileGeneration", task.FileGeneration);
        w.WriteString("sourceTaskId", task.Source.TaskId);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
