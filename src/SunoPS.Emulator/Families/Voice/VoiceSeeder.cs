using SunoPS.Emulator.Control;

namespace SunoPS.Emulator.Families.Voice;

/// <summary>
/// Seeds voice validations (family "voicevalidation") or voices (family "voice", each with a validation whose phrase
/// is ready). The status is one of the lowercase values; the recording URLs are placeholders on a reserved name.
/// </summary>
internal static class VoiceSeeder
{
    public const string RecordingUrl = "https://recording.invalid/voice.mp3";

    public static IReadOnlyList<string> Seed(EmulatorState state, VoiceTaskFactory factory, SeedTasksRequest request, bool voices)
    {
        var status = request.Status;
        if (status is not null && !VoiceStatus.All.Contains(status, StringComparer.Ordinal))
            throw new ArgumentException($"status must be one of {string.Join(", ", VoiceStatus.All)} for the voice families.");

        var ids = new string[request.Count];
        for (var i = 0; i < request.Count; i++)
        {
            var finish = TaskSeeder.FinishTimeOf(request, i);
            var validation = factory.CreateValidation(RecordingUrl, 0, 10, "en", 0, TaskSeeder.CallbackUrl,
                voices ? VoiceStatus.WaitValidating : status, voices ? null : finish);
            state.Tasks.Add(validation);
            if (!voices)
            {
                ids[i] = validation.TaskId;
                continue;
            }

            var voice = factory.CreateVoice(validation, RecordingUrl, "Seeded voice " + (i + 1), "beginner", TaskSeeder.CallbackUrl, status, finish);
            state.Tasks.Add(voice);
            ids[i] = voice.TaskId;
        }

        return ids;
    }
}
