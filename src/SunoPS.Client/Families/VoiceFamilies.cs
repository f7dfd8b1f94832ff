using System.Collections.Generic;
using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Families
{
    /// <summary>
    /// The custom-voice families (suno-api.md §4.23): a lowercase <c>status</c>; a validation task gives the phrase
    /// to sing (<c>validateInfo</c>, kept as the task's ValidationPhrase: it is one short sentence to read, not a
    /// file), a voice task gives the <c>voiceId</c>. Neither produces files. Their errorCode is 0 on success.
    /// </summary>
    internal static class VoiceFamilies
    {
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
            })
        {
            ReadDetails = (task, record) =>
            {
                Common(task, record);
                task.ValidationPhrase = JsonValues.NullIfEmpty(JsonValues.String(record, "validateInfo"));
            },
        };

        public static TaskFamily Voice() => new TaskFamily(SunoTaskFamily.Voice, "api/v1/voice/record-info", "status",
            new Dictionary<string, StatusMeaning>
            {
                ["wait_processing"] = StatusMeaning.Pending(),
                ["processing_validate"] = StatusMeaning.Running("GENERATING"),
                ["wait_validating"] = StatusMeaning.Running("GENERATING"),
                ["success"] = StatusMeaning.Succeeded(),
                ["processing_validate_fail"] = StatusMeaning.Failed("VALIDATE_FAILED"),
                ["fail"] = StatusMeaning.Failed("GENERATE_VOICE_FAILED"),
            })
        {
            ReadDetails = (task, record) =>
            {
                Common(task, record);
                task.VoiceId = JsonValues.NullIfEmpty(JsonValues.String(record, "voiceId"));
            },
        };

        private static void Common(SunoTask task, JsonElement record)
        {
            RecordParameters.Read(task, record);
            if (task.ErrorCode == 0) task.ErrorCode = null; // 0 means no error here
        }
    }
}
