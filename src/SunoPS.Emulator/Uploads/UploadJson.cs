using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SunoPS.Emulator.Uploads;

/// <summary>The JSON body of the base64 and URL uploads, with its string fields (names as documented, case matters).</summary>
internal static class UploadJson
{
    public static async Task<JsonDocument> ReadAsync(HttpContext context)
    {
        try
        {
            var document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
            if (document.RootElement.ValueKind == JsonValueKind.Object) return document;
            document.Dispose();
        }
        catch (JsonException)
        {
        }

        throw UploadError.BadRequest("The request body must be a JSON object.");
    }

    public static string? String(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) throw UploadError.BadRequest($"{name} must be a string.");
        return value.GetString();
    }
}
