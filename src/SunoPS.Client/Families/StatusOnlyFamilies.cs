using System.Collections.Generic;

namespace SunoPS.Client.Families
{
    /// <summary>
    /// The families whose records are read for their status (so Get-, Wait- and the state views work for them) but
    /// whose outputs are not read yet. Their status maps are exact (suno-api.md §5): integer successFlag values
    /// mean different things per family (cover art's 2 is generating, MIDI's 2 is a failure).
    /// </summary>
    internal static class StatusOnlyFamilies
    {
        public static TaskFamily Separation() => new TaskFamily(SunoTaskFamily.Separation, "api/v1/vocal-removal/record-info", "successFlag",
            new Dictionary<string, StatusMeaning>
            {
                ["PENDING"] = StatusMeaning.Pending(),
                ["SUCCESS"] = StatusMeaning.Succeeded(),
                ["CREATE_TASK_FAILED"] = StatusMeaning.Failed("CREATE_TASK_FAILED"),
                ["GENERATE_AUDIO_FAILED"] = StatusMeaning.Failed("GENERATE_AUDIO_FAILED"),
                ["CALLBACK_EXCEPTION"] = StatusMeaning.Failed("CALLBACK_EXCEPTION"),
            });

        public static TaskFamily Midi() => new TaskFamily(SunoTaskFamily.Midi, "api/v1/midi/record-info", "successFlag",
            new Dictionary<string, StatusMeaning>
            {
                ["0"] = StatusMeaning.Pending(),
                ["1"] = StatusMeaning.Succeeded(),
                ["2"] = StatusMeaning.Failed("CREATE_TASK_FAILED"),
                ["3"] = StatusMeaning.Failed("GENERATE_MIDI_FAILED"),
            });

        public static TaskFamily VoiceValidation() => new TaskFamily(SunoTaskFamily.VoiceValidation, "api/v1/voice/validate-info", "status",
            new Dictionary<string, StatusMeaning>
            {
                ["wait_processing"] = StatusMeaning.Pending(),
                ["processing_validate"] = StatusMeaning.Running("GENERATING"),
                // The phrase is ready to be sung: what a validation task is for.
                ["wait_validating"] = StatusMeaning.Succeeded(),
                ["success"] = StatusMeaning.Succeeded(),
                ["processing_validate_fail"] = StatusMeaning.Failed("VALIDATE_FAILED"),
                ["fail"] = StatusMeaning.Failed("VALIDATE_FAILED"),
            });

        public static TaskFamily Voice() => new TaskFamily(SunoTaskFamily.Voice, "api/v1/voice/record-info", "status",
            new Dictionary<string, StatusMeaning>
            {
                ["wait_processing"] = StatusMeaning.Pending(),
                ["processing_validate"] = StatusMeaning.Running("GENERATING"),
                ["wait_validating"] = StatusMeaning.Running("GENERATING"),
                ["success"] = StatusMeaning.Succeeded(),
                ["processing_validate_fail"] = StatusMeaning.Failed("VALIDATE_FAILED"),
                ["fail"] = StatusMeaning.Failed("GENERATE_VOICE_FAILED"),
            });
    }
}
