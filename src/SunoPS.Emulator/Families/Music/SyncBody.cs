using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// The shape the synchronous endpoints share: read a JSON object body, check it, answer <c>data</c> directly
/// (no task). A refusal is an envelope error (HTTP 200 with the code in the body, by default).
/// </summary>
internal static class SyncBody
{
    public delegate ValidationError? Answer(JsonElement body, out Action<Utf8JsonWriter> writeData);

    public static async Task HandleAsync(HttpContext context, EmulatorState state, Answer answer)
    {
        using var document = await JsonBody.TryReadAsync(context);
        if (document is null)
        {
            await ApiResponses.ErrorAsync(context, state, ApiCodes.InvalidParameters, JsonBody.NotJsonMessage);
            return;
        }

        Action<Utf8JsonWriter>? writeData = null;
        var error = BodyFields.RequireObject(document.RootElement) ?? answer(document.RootElement, out writeData);
        if (error is not null || writeData is null)
        {
            await ApiResponses.ErrorAsync(context, state, error!.Code, error.Message);
            return;
        }

        await ApiResponses.SuccessAsync(context, writeData);
    }
}
