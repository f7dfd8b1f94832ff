using System.Text.Json;
using SunoPS.Emulator.Api;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// Checks a replace-section body (suno-api.md §4.9). Two modes: a finished track (<c>taskId</c> + <c>audioId</c>)
/// or uploaded audio (<c>uploadUrl</c> + <c>model</c>). Always required: <c>prompt</c>, <c>tags</c>, <c>title</c>,
/// <c>infillStartS</c>, <c>infillEndS</c>, <c>fullLyrics</c>; <c>negativeTags</c> and <c>callBackUrl</c> optional.
/// The window: start ≥ 0, start &lt; end, 6–60 s long (the spec's rule), and — when the source's length is known —
/// end within it and the window at most half of it. Refusals are code 400 naming the rule (§4.9 also lists 422;
/// the emulator keeps 400 like every other endpoint).
/// </summary>
internal static class ReplaceSectionValidator
{
    public const double MinWindowSeconds = 6;
    public const double MaxWindowSeconds = 60;

    public static ValidationError? Validate(JsonElement body, MusicSources sources, out TaskDraft draft)
    {
        draft = null!;
        var trackMode = body.TryGetProperty("taskId", out _) || body.TryGetProperty("audioId", out _);
        var uploadMode = body.TryGetProperty("uploadUrl", out _);
        if (trackMode && uploadMode)
            return ValidationError.Invalid("Send either taskId and audioId (a generated track) or uploadUrl and model (uploaded audio), not both.");
        if (!trackMode && !uploadMode)
            return ValidationError.Invalid("taskId and audioId (a generated track) or uploadUrl and model (uploaded audio) are required.");

        string? taskId = null, audioId = null, uploadUrl = null;
        ModelInfo? info = null;
        if (trackMode)
        {
            if (RequiredString(body, "taskId", out var t) is { } e1) return e1;
            if (RequiredString(body, "audioId", out var a) is { } e2) return e2;
            (taskId, audioId) = (t, a);
        }
        else
        {
            if (RequiredString(body, "uploadUrl", out var u) is { } e3) return e3;
            if (MusicRules.Model(body, MusicRules.AnyGenerateModel, null, out var m) is { } e4) return e4;
            (uploadUrl, info) = (u, m);
        }

        if (RequiredString(body, "prompt", out var prompt) is { } e5) return e5;
        if (RequiredString(body, "tags", out var tags) is { } e6) return e6;
        if (RequiredString(body, "title", out var title) is { } e7) return e7;
        if (MusicRules.RequiredSeconds(body, "infillStartS", out var start) is { } e8) return e8;
        if (MusicRules.RequiredSeconds(body, "infillEndS", out var end) is { } e9) return e9;
        if (RequiredString(body, "fullLyrics", out var fullLyrics) is { } e10) return e10;
        if (OptionalString(body, "negativeTags", out _) is { } e11) return e11;
        if (MusicRules.OptionalCallbackUrl(body) is { } e12) return e12;

        double? length;
        if (trackMode)
        {
            if (sources.FinishedTrackOf(taskId!, audioId!, out var source, out var index) is { } e13) return e13;
            length = source.Tracks[index].DurationSeconds;
            info = ModelCatalog.Find(source.Draft.Model);
        }
        else if (sources.AudioUrl("uploadUrl", uploadUrl!, out length) is { } e14)
        {
            return e14;
        }

        if (Window(start, end, length) is { } e15) return e15;

        draft = new TaskDraft(ParamJson.FromBody(body), info!.Name, CustomMode: true, Instrumental: false, prompt, tags, title)
        {
            OperationType = OperationTypes.ReplaceSection,
            Lyrics = fullLyrics,
            TrackSeconds = length,
        };
        return null;
    }

    private static ValidationError? Window(double start, double end, double? length)
    {
        if (start < 0) return Refuse("infillStartS must be 0 or more.");
        if (start >= end) return Refuse("infillStartS must be less than infillEndS.");
        var window = end - start;
        if (window < MinWindowSeconds || window > MaxWindowSeconds)
            return Refuse($"The section (infillEndS - infillStartS = {window:0.##} s) must be between 6 and 60 seconds long.");
        if (length is not { } total) return null;
        if (end > total) return Refuse($"infillEndS ({end:0.##} s) must not be beyond the end of the source audio ({total:0.##} s).");
        if (window > total / 2)
            return Refuse($"The section ({window:0.##} s) must not exceed 50% of the source audio's duration ({total:0.##} s).");
        return null;
    }

    private static ValidationError Refuse(string message) => ValidationError.Invalid(message);
}
