using System.Globalization;
using System.Text.Json;
using SunoPS.Emulator.Api;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// Checks an extend body (suno-api.md §4.2): <c>defaultParamFlag</c> true needs prompt, style, title and
/// continueAt; false needs only the <c>audioId</c> and inherits the rest. The audioId must be a finished track
/// of the store (code 400 otherwise, unknown ids included: §7.1's 404 means a wrong path, not a wrong id), the
/// model must be the source task's ("consistent with the source audio"), and 0 &lt; continueAt &lt; its duration.
/// </summary>
internal static class ExtendValidator
{
    public static ValidationError? Validate(JsonElement body, MusicSources sources, out TaskDraft draft)
    {
        draft = null!;
        if (RequiredBool(body, "defaultParamFlag", out var custom) is { } e1) return e1;
        if (RequiredString(body, "audioId", out var audioId) is { } e2) return e2;
        if (MusicRules.Model(body, MusicRules.AnyGenerateModel, null, out var info) is { } e3) return e3;
        if (RequiredHttpUrl(body, "callBackUrl", out _) is { } e4) return e4;
        if (MusicRules.OptionalSeconds(body, "continueAt", out var continueAt) is { } e5) return e5;

        string? prompt = null, style = null, title = null;
        if (custom)
        {
            if (RequiredString(body, "prompt", out var p) is { } e6) return Conditional(e6);
            if (RequiredString(body, "style", out var s) is { } e7) return Conditional(e7);
            if (RequiredString(body, "title", out var t) is { } e8) return Conditional(e8);
            if (continueAt is null) return ValidationError.Invalid("continueAt is required when defaultParamFlag is true.");
            (prompt, style, title) = (p, s, t);
            if (MusicRules.TextLimits(info, prompt, style, title) is { } e9) return e9;
        }

        if (MusicRules.Extras(body) is { } e10) return e10;
        if (sources.FinishedTrack(audioId, out var source, out var index) is { } e11) return e11;
        if (source.Draft.Model != info.Name)
            return ValidationError.Invalid($"model '{info.Name}' must be consistent with the source audio, which was made with {source.Draft.Model}.");

        var track = source.Tracks[index];
        if (continueAt is { } at && (at <= 0 || at >= track.DurationSeconds))
            return ValidationError.Invalid(string.Create(CultureInfo.InvariantCulture,
                $"continueAt must be greater than 0 and less than the source track's duration ({track.DurationSeconds} s)."));

        draft = custom
            ? new TaskDraft(ParamJson.FromBody(body), info.Name, CustomMode: true, Instrumental: false, prompt, style, title)
            : new TaskDraft(ParamJson.FromBody(body), info.Name, CustomMode: true, source.Draft.Instrumental, Prompt: null, track.Tags, track.Title) { Lyrics = track.Lyrics };
        draft = draft with
        {
            OperationType = OperationTypes.Extend,
            ParentMusicId = track.IdText,
            ContinueAtSeconds = continueAt ?? track.DurationSeconds,
        };
        return null;
    }

    private static ValidationError Conditional(ValidationError error) =>
        error.Message.EndsWith(" is required.", StringComparison.Ordinal)
            ? ValidationError.Invalid(error.Message[..^1] + " when defaultParamFlag is true.")
            : error;
}
