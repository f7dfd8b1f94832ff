using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SunoPS.Emulator.Api;

/// <summary>Reads a submit request's JSON body; a body that is not JSON is refused with code 400.</summary>
internal static class JsonBody
{
    public const string NotJsonMessage = "The request body is not valid JSON.";

    /// <summary>The parsed body (the caller disposes it), or null when it is not JSON.</summary>
    public static async Task<JsonDocument?> TryReadAsync(HttpContext context)
    {
        try
        {
            return await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
