using System.Text.Json;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Wav;

/// <summary>
/// Writes a WAV record as the spec shows it (suno-api.md §4.16): <c>successFlag</c> (a string; there is no
/// <c>status</c>), <c>callbackUrl</c> with a lowercase b, times as "yyyy-MM-dd HH:mm:ss" text, <c>response</c>
/// null while PENDING, plus the emulator's extra <c>emulator</c> field that clients must ignore.
/// </summary>
internal static class WavRecordWriter
{
    public static void Write(Utf8JsonWriter w, WavTask task, double now, FileUrls urls)
    {
        var status = task.StatusAt(now);
        var generation = task.FileGeneration;
        w.WriteStartObject();
        w.WriteString("taskId", task.TaskId);
        w.WriteString("musicId", task.Track.IdText);
        w.WriteNumber("musicIndex", task.MusicIndex);
        w.WriteString("callbackUrl", task.CallbackUrl);
        if (task.CompleteTimeMsAt(now) is { } completeMs) w.WriteString("completeTime", RecordTime.Text(completeMs)); else w.WriteNull("completeTime");

        w.WritePropertyName("response");
        if (status == WavStatus.Pending)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStartObject();
            if (status.HasFile()) w.WriteString("audioWavUrl", WavFiles.UrlOf(urls, task, generation)); else w.WriteNull("audioWavUrl");
            w.WriteEndObject();
        }

        w.WriteString("successFlag", status.ToApiName());
        w.WriteString("createTime", RecordTime.Text(task.CreateTimeMs));
        var (errorCode, errorMessage) = status.ErrorOf();
        if (errorCode is { } code) w.WriteNumber("errorCode", code); else w.WriteNull("errorCode");
        if (errorMessage is not null) w.WriteString("errorMessage", errorMessage); else w.WriteNull("errorMessage");

        w.WriteStartObject("emulator");
        w.WriteNumber("fileGeneration", generation);
        w.WriteString("sourceTaskId", task.Source.TaskId); // the record itself does not say which music task it came from
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
