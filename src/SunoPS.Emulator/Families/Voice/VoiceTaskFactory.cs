using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Families.Voice;

/// <summary>Makes voice validation and voice tasks: their outcome (magic words, or a seeded status) and finish time.</summary>
internal sealed class VoiceTaskFactory(EmulatedClock clock)
{
    public const double Seconds = VoiceStatus.WaitSeconds + VoiceStatus.ProcessSeconds;

    public VoiceValidationTask CreateValidation(string voiceUrl, int start, int end, string language, int round, string callbackUrl,
        string? forcedStatus = null, double? doneAfter = null)
    {
        var final = VoiceMagicWords.Has(voiceUrl, VoiceMagicWords.ValidationFails) ? VoiceStatus.ProcessingValidateFail : VoiceStatus.WaitValidating;
        var (status, after) = Timing(forcedStatus, final, doneAfter);
        return new VoiceValidationTask(NewId(), voiceUrl, start, end, language, round, callbackUrl, new CompletionStamp(clock, after), status);
    }

    public VoiceTask CreateVoice(VoiceValidationTask validation, string verifyUrl, string? voiceName, string skillLevel, string callbackUrl,
        string? forcedStatus = null, double? doneAfter = null)
    {
        var final = VoiceMagicWords.Has(verifyUrl, VoiceMagicWords.VerificationFails) ? VoiceStatus.Fail : VoiceStatus.Success;
        var (status, after) = Timing(forcedStatus, final, doneAfter);
        return new VoiceTask(NewId(), validation, verifyUrl, voiceName, skillLevel, callbackUrl, new CompletionStamp(clock, after), status);
    }

    /// <summary>A seeded status is taken at once and kept for ever; otherwise the normal times.</summary>
    private static (string Final, double After) Timing(string? forced, string final, double? doneAfter) =>
        forced is null ? (final, doneAfter ?? Seconds) : (forced, 0);

    private static string NewId() => Guid.NewGuid().ToString("N");
}
