using System.Text.Json;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Separation;

/// <summary>
/// Writes a separation record as the docs show it (suno-api.md §4.19): <c>successFlag</c> a string, <c>callbackUrl</c> with a
/// lowercase b, integer epoch-ms times, <c>response</c> null while PENDING, then <c>id</c> null, <c>originUrl</c> null,
/// <c>originData[]</c> with snake-case <c>audio_url</c> and <c>stem_type_group_name</c>, and every camelCase URL field
/// (null when the mode has no such stem), plus the emulator's extra <c>emulator</c> field that clients must ignore.
/// </summary>
internal static class SeparationRecordWriter
{
    public static void Write(Utf8JsonWriter w, SeparationTask task, double now, FileUrls urls)
    {
        var status = task.StatusAt(now);
        var generation = task.FileGeneration;
        w.WriteStartObject();
        w.WriteString("taskId", task.TaskId);
        w.WriteString("musicId", task.Track.IdText);
        w.WriteNumber("musicIndex", task.MusicIndex);
        w.WriteString("callbackUrl", task.CallbackUrl);
        if (task.Times.CompleteTimeMsAt(now) is { } completeMs) w.WriteNumber("completeTime", completeMs); else w.WriteNull("completeTime");

        w.WritePropertyName("response");
        if (status == SeparationStatus.Pending)
        {
            w.WriteNullValue();
        }
        else
        {
            var files = status.HasFiles();
            w.WriteStartObject();
            w.WriteNull("id");
            w.WriteNull("originUrl");
            w.WriteStartArray("originData");
            if (files)
            {
                foreach (var stem in task.Stems)
                {
                    w.WriteStartObject();
                    w.WriteNumber("duration", task.Track.DurationSeconds);
                    w.WriteString("audio_url", SeparationFiles.UrlOf(urls, stem, generation));
                    w.WriteString("stem_type_group_name", stem.Name);
                    w.WriteString("id", stem.IdText);
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            foreach (var field in SeparationTypes.UrlFields)
            {
                var stem = files ? task.Stems.FirstOrDefault(s => s.Field == field) : null;
                if (stem is not null) w.WriteString(field, SeparationFiles.UrlOf(urls, stem, generation)); else w.WriteNull(field);
            }

            w.WriteEndObject();
        }

        w.WriteString("successFlag", status.ToApiName());
        w.WriteNumber("createTime", task.Times.CreateTimeMs);
        var (errorCode, errorMessage) = status.ErrorOf();
        if (errorCode is { } code) w.WriteNumber("errorCode", code); else w.WriteNull("errorCode");
        if (errorMessage is not null) w.WriteString("errorMessage", errorMessage); else w.WriteNull("errorMessage");

        w.WriteStartObject("emulator");
        w.WriteNumber("fileGeneration", generation);
        w.WriteString("sourceTaskId", task.Source.TaskId);
        w.WriteString("type", task.Type);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
