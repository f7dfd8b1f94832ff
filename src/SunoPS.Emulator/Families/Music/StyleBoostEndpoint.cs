using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// POST /api/v1/style/generate (synchronous, suno-api.md §4.13): <c>content</c> gives <c>taskId</c>, <c>param</c>,
/// the boosted style in <c>result</c>, <c>creditsConsumed</c> and <c>creditsRemaining</c> as decimals,
/// <c>successFlag</c> as a string ("1"), <c>errorCode</c>, <c>errorMessage</c> and <c>createTime</c>. It costs
/// 0.4 credits (code 429 when the balance is lower). The magic word [fail] in the content gives successFlag "2"
/// with an error and spends nothing.
/// </summary>
internal sealed class StyleBoostEndpoint(EmulatorState state)
{
    public const decimal Cost = 0.4m;

    public ApiRoute Route => new(HttpMethods.Post, MusicPaths.StyleBoost, c => SyncBody.HandleAsync(c, state, Answer));

    private ValidationError? Answer(JsonElement body, out Action<Utf8JsonWriter> writeData)
    {
        writeData = null!;
        if (RequiredString(body, "content", out var content) is { } e1) return e1;

        var failed = MagicWords.Find(content).Outcome != TaskOutcome.Success;
        if (!failed && !state.TrySpendCredits(Cost)) return new ValidationError(ApiCodes.InsufficientCredits, ApiCodes.MessageFor(ApiCodes.InsufficientCredits));

        var taskId = Guid.NewGuid().ToString("N");
        var param = ParamJson.FromBody(body);
        var remaining = state.CreditBalance;
        var created = RecordTime.Text(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        writeData = w =>
        {
            w.WriteStartObject();
            w.WriteString("taskId", taskId);
            w.WriteString("param", param);
            w.WriteString("result", failed ? "" : StyleBooster.Boost(content));
            w.WriteNumber("creditsConsumed", failed ? 0m : Cost);
            w.WriteNumber("creditsRemaining", remaining);
            w.WriteString("successFlag", failed ? "2" : "1");
            if (failed) w.WriteNumber("errorCode", 501); else w.WriteNull("errorCode");
            if (failed) w.WriteString("errorMessage", "Style generation failed"); else w.WriteNull("errorMessage");
            w.WriteString("createTime", created);
            w.WriteEndObject();
        };
        return null;
    }
}
