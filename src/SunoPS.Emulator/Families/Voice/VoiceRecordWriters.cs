using System.Text.Json;

namespace SunoPS.Emulator.Families.Voice;

/// <summary>
/// The voice records (suno-api.md §4.23, §6.8): validate-info's taskId, validateInfo (the phrase once it is ready, ""
/// before), lowercase status, integer errorCode (0 when fine) and errorMessage; record-info's voiceId ("" until success).
/// </summary>
internal static class VoiceRecordWriters
{
    public static void WriteValidation(Utf8JsonWriter w, VoiceValidationTask task, double now)
    {
        var status = task.StatusNameAt(now);
        w.WriteStartObject();
        w.WriteString("taskId", task.TaskId);
        w.WriteString("validateInfo", status == VoiceStatus.WaitValidating || status == VoiceStatus.Success ? task.Phrase : "");
        w.WriteString("status", status);
        WriteError(w, status == VoiceStatus.ProcessingValidateFail ? "The recording has no clear singing between vocalStartS and vocalEndS" : null);
        w.WriteEndObject();
    }

    public static void WriteVoice(Utf8JsonWriter w, VoiceTask task, double now)
    {
        var status = task.StatusNameAt(now);
        w.WriteStartObject();
        w.WriteString("taskId", task.TaskId);
        w.WriteString("voiceId", status == VoiceStatus.Success ? task.VoiceId : "");
        w.WriteString("status", status);
        WriteError(w, status is VoiceStatus.Fail or VoiceStatus.ProcessingValidateFail ? "Verification audio did not match the validation phrase" : null);
        w.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter w, string? message)
    {
        w.WriteNumber("errorCode", message is null ? 0 : 500);
        w.WriteString("errorMessage", message ?? "");
    }
}
