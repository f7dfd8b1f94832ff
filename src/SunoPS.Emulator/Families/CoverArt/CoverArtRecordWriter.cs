using System.Globalization;
using System.Text.Json;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.CoverArt;

/// <summary>
/// Writes a cover-art record as the spec shows it (suno-api.md §4.22): <c>parentTaskId</c>, <c>callbackUrl</c> with a
/// lowercase b, ISO times (<c>2025-01-15T10:35:27.000Z</c>), <c>response</c> null until finished then <c>{images[]}</c>,
/// an integer <c>successFlag</c> (2 = generating), and <c>errorCode</c> 200 on success (500 on failure), <c>errorMessage</c> "".
/// </summary>
internal static class CoverArtRecordWriter
{
    public static void Write(Utf8JsonWriter w, CoverArtTask task, double now, FileUrls urls)
    {
        var status = task.StatusAt(now);
        w.WriteStartObject();
        w.WriteString("taskId", task.TaskId);
        w.WriteString("parentTaskId", task.Source.TaskId);
        w.WriteString("callbackUrl", task.CallbackUrl);
        if (status.IsFinished() && task.Timing.CompleteTimeMsAt(now) is { } completeMs) w.WriteString("completeTime", Iso(completeMs)); else w.WriteNull("completeTime");

        w.WritePropertyName("response");
        if (!status.IsFinished())
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStartObject();
            if (status == CoverArtStatus.Success)
            {
                w.WriteStartArray("images");
                for (var i = 1; i <= CoverArtFamily.ImageCount; i++) w.WriteStringValue(CoverArtFiles.UrlOf(urls, task, i, task.FileGeneration));
                w.WriteEndArray();
            }
            else
            {
                w.WriteNull("images");
            }

            w.WriteEndObject();
        }

        w.WriteNumber("successFlag", (int)status);
        w.WriteString("createTime", Iso(task.Timing.CreateTimeMs));
        switch (status)
        {
            case CoverArtStatus.Success: w.WriteNumber("errorCode", 200); w.WriteString("errorMessage", ""); break;
            case CoverArtStatus.Failed: w.WriteNumber("errorCode", 500); w.WriteString("errorMessage", "Cover generation failed"); break;
            default: w.WriteNull("errorCode"); w.WriteString("errorMessage", ""); break;
        }

        w.WriteStartObject("emulator");
        w.WriteNumber("fileGeneration", task.FileGeneration);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Iso(long epochMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(epochMs).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
