namespace SunoPS.Emulator.Families.Voice;

/// <summary>
/// The voice families' words, read in the recording URLs (the only text these requests carry; case ignored):
/// <c>voice-fail</c> in a validation's voiceUrl ends it in processing_validate_fail; <c>voice-mismatch</c> in a
/// voice's verifyUrl ends it in fail, "the verification audio did not match the validation phrase".
/// </summary>
internal static class VoiceMagicWords
{
    public const string ValidationFails = "voice-fail";
    public const string VerificationFails = "voice-mismatch";

    public static bool Has(string url, string word) => url.Contains(word, StringComparison.OrdinalIgnoreCase);
}
