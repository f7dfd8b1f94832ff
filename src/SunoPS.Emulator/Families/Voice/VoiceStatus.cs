namespace SunoPS.Emulator.Families.Voice;

/// <summary>The voice families' lowercase <c>status</c> values (suno-api.md §4.23), shared by validation and voice records.</summary>
internal static class VoiceStatus
{
    public const string WaitProcessing = "wait_processing";
    public const string ProcessingValidate = "processing_validate";
    public const string ProcessingValidateFail = "processing_validate_fail";
    public const string WaitValidating = "wait_validating";
    public const string Success = "success";
    public const string Fail = "fail";

    public static readonly string[] All = [WaitProcessing, ProcessingValidate, ProcessingValidateFail, WaitValidating, Success, Fail];

    /// <summary>Emulated seconds a task waits before processing, then processes.</summary>
    public const double WaitSeconds = 3;
    public const double ProcessSeconds = 6;

    /// <summary>The status at an age: waiting, processing, then the final one.</summary>
    public static string At(double age, double doneAfter, string final) =>
        age >= doneAfter ? final : age >= Math.Min(WaitSeconds, doneAfter) ? ProcessingValidate : WaitProcessing;
}
