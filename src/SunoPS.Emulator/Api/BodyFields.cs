using System.Text.Json;

namespace SunoPS.Emulator.Api;

/// <summary>
/// Field checks shared by the submit validators. Names are matched exactly (case matters), so a client that
/// sends <c>callbackUrl</c> for <c>callBackUrl</c> is told the field is required, as it would be by the API.
/// </summary>
internal static class BodyFields
{
    public static ValidationError? RequireObject(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object ? null : ValidationError.Invalid("The request body must be a JSON object.");

    public static ValidationError? RequiredBool(JsonElement body, string name, out bool value)
    {
        value = false;
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return ValidationError.Invalid($"{name} is required.");
        if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) return ValidationError.Invalid($"{name} must be a boolean.");
        value = element.GetBoolean();
        return null;
    }

    /// <summary>Absent or null gives null; any other non-string is refused.</summary>
    public static ValidationError? OptionalString(JsonElement body, string name, out string? value)
    {
        value = null;
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return null;
        if (element.ValueKind != JsonValueKind.String) return ValidationError.Invalid($"{name} must be a string.");
        value = element.GetString();
        return null;
    }

    /// <summary>A string that is present and not blank.</summary>
    public static ValidationError? RequiredString(JsonElement body, string name, out string value)
    {
        value = "";
        if (OptionalString(body, name, out var text) is { } error) return error;
        if (string.IsNullOrWhiteSpace(text)) return ValidationError.Invalid($"{name} is required.");
        value = text;
        return null;
    }

    /// <summary>A required absolute http or https URL (callBackUrl on nearly every async endpoint, suno-api.md §2.4).</summary>
    public static ValidationError? RequiredHttpUrl(JsonElement body, string name, out string value)
    {
        if (RequiredString(body, name, out value) is { } error) return error;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return ValidationError.Invalid($"{name} must be an absolute http or https URL.");
        return null;
    }
}
