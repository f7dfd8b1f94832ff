using System.Text.Json;
using SunoPS.Emulator.Api;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Lyrics;

/// <summary>
/// Checks a lyrics body (suno-api.md §4.15): <c>prompt</c> (a string of at most 200 characters) and <c>callBackUrl</c>
/// are required. A prompt too long is code 413, "Theme or prompt too long", as the API's table names it.
/// </summary>
internal static class LyricsValidator
{
    public const int PromptLimit = 200;

    public static ValidationError? Validate(JsonElement body, out string prompt, out string callbackUrl)
    {
        prompt = callbackUrl = "";
        if (RequireObject(body) is { } e0) return e0;
        if (RequiredString(body, "prompt", out prompt) is { } e1) return e1;
        if (prompt.Length > PromptLimit) return new ValidationError(ApiCodes.TooLong, $"prompt has {prompt.Length} characters; at most {PromptLimit} are allowed.");
        if (RequiredHttpUrl(body, "callBackUrl", out callbackUrl) is { } e2) return e2;
        return null;
    }
}
