using System.Text.Json;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Families.Separation;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Midi;

/// <summary>A checked MIDI request: the finished split_stem separation, the one stem (or null for all) and the callBackUrl.</summary>
internal sealed record MidiRequest(SeparationTask Source, Stem? Stem, string CallbackUrl);

/// <summary>
/// Checks a MIDI body (suno-api.md §4.20): <c>taskId</c> and <c>callBackUrl</c> required, <c>audioId</c> optional. The task
/// must be a separation made with split_stem that has finished (code 400 otherwise), and an audioId one of its
/// originData ids.
/// </summary>
internal static class MidiValidator
{
    public static ValidationError? Validate(JsonElement body, EmulatorState state, out MidiRequest request)
    {
        request = null!;
        if (RequireObject(body) is { } e0) return e0;
        if (RequiredString(body, "taskId", out var taskId) is { } e1) return e1;
        if (RequiredHttpUrl(body, "callBackUrl", out var callBackUrl) is { } e2) return e2;
        if (OptionalString(body, "audioId", out var audioId) is { } e3) return e3;

        taskId = taskId.Trim();
        var source = state.Tasks.Find<SeparationTask>(taskId);
        if (source is null) return ValidationError.Invalid($"taskId '{taskId}' is not a known vocal separation task.");
        if (source.Type != SeparationTypes.SplitStem)
            return ValidationError.Invalid($"taskId '{taskId}' is a {source.Type} separation; MIDI is made from a split_stem separation only.");

        var status = source.StatusAt(state.Clock.Now);
        if (status != SeparationStatus.Success)
            return ValidationError.Invalid($"The separation '{taskId}' is not complete (its successFlag is {status.ToApiName()}); make MIDI once it is SUCCESS.");

        Stem? stem = null;
        if (!string.IsNullOrWhiteSpace(audioId))
        {
            stem = Guid.TryParseExact(audioId.Trim(), "D", out var stemId) ? source.StemOf(stemId) : null;
            if (stem is null) return ValidationError.Invalid($"audioId '{audioId}' is not a stem (originData id) of separation {taskId}.");
        }

        request = new MidiRequest(source, stem, callBackUrl);
        return null;
    }
}
