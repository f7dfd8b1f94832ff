namespace SunoPS.Emulator.Api;

/// <summary>A refused request: the envelope code and a message naming the field.</summary>
internal sealed record ValidationError(int Code, string Message)
{
    public static ValidationError Invalid(string message) => new(ApiCodes.InvalidParameters, message);
}
