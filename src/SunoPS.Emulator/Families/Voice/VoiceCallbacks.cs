using System.Text.Json;
using SunoPS.Emulator.Callbacks;

namespace SunoPS.Emulator.Families.Voice;

/// <summary>
/// The voice callbacks (suno-api.md §6.8): one, when a validation (or its regeneration, same shape) or a voice
/// reaches its final status. <c>data</c> is the record: a validation's <c>taskId</c>, <c>validateInfo</c> (the phrase),
/// <c>status</c> wait_validating, <c>errorCode</c> 0 and <c>errorMessage</c> ""; a voice's <c>voiceId</c> and status
/// success. A failure is code 400 with status processing_validate_fail or fail, errorCode 500 and its message.
/// A task seeded in a status that is not final never posts.
/// </summary>
internal static class VoiceCallbacks
{
    public const string ValidationFailedMessage = "Voice validation failed";
    public const string VoiceFailedMessage = "Voice generation failed";

    public static IReadOnlyList<CallbackStage> StagesOf(VoiceValidationTask task) => task.Final switch
    {
        VoiceStatus.WaitValidating => CallbackBody.EndStage(true, task.Times.CreatedAt + task.Times.DoneAfter),
        VoiceStatus.ProcessingValidateFail => CallbackBody.EndStage(false, task.Times.CreatedAt + task.Times.DoneAfter),
        _ => [],
    };

    public static IReadOnlyList<CallbackStage> StagesOf(VoiceTask task) => task.Final switch
    {
        VoiceStatus.Success => CallbackBody.EndStage(true, task.Times.CreatedAt + task.Times.DoneAfter),
        VoiceStatus.Fail or VoiceStatus.ProcessingValidateFail => CallbackBody.EndStage(false, task.Times.CreatedAt + task.Times.DoneAfter),
        _ => [],
    };

    /// <summary>The body, the record read at <paramref name="now"/> (the clock, past the stage), so it reads as finished.</summary>
    public static byte[] Render(VoiceValidationTask task, CallbackStage stage, double now) =>
        Envelope(stage, ValidationFailedMessage, w => VoiceRecordWriters.WriteValidation(w, task, now));

    public static byte[] Render(VoiceTask task, CallbackStage stage, double now) =>
        Envelope(stage, VoiceFailedMessage, w => VoiceRecordWriters.WriteVoice(w, task, now));

    private static byte[] Envelope(CallbackStage stage, string failure, Action<Utf8JsonWriter> writeRecord) => CallbackBody.Write(w =>
    {
        var succeeded = stage.Name == CallbackStage.Complete;
        w.WriteStartObject();
        w.WriteNumber("code", succeeded ? 200 : 400);
        w.WriteString("msg", succeeded ? "success" : failure);
        w.WritePropertyName("data");
        writeRecord(w);
        w.WriteEndObject();
    });
}
