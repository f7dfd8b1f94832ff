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
        public static TaskFamily Lyrics() => new TaskFamily(SunoTaskFamily.Lyrics, "api/v1/lyrics/record-info", "status",
            new Dictionary<string, StatusMeaning>
            {
                ["PENDING"] = StatusMeaning.Pending(),
                ["SUCCESS"] = StatusMeaning.Succeeded(),
                ["CREATE_TASK_FAILED"] = StatusMeaning.Failed("CREATE_TASK_FAILED"),
                ["GENERATE_LYRICS_FAILED"] = StatusMeaning.Failed("GENERATE_LYRICS_FAILED"),
                ["CALLBACK_EXCEPTION"] = StatusMeaning.Failed("CALLBACK_EXCEPTION"),
                ["SENSITIVE_WORD_ERROR"] = StatusMeaning.Failed("SENSITIVE_WORD_ERROR"),
            }) { ReadDetails = RecordParameters.Read };

        public static TaskFamily Video() => new TaskFamily(SunoTaskFamily.Video, "api/v1/mp4/record-info", "successFlag",
            new Dictionary<string, StatusMeaning>
            {
                ["PENDING"] = StatusMeaning.Pending(),
                ["SUCCESS"] = StatusMeaning.Succeeded(),
                ["CREATE_TASK_FAILED"] = StatusMeaning.Failed("CREATE_TASK_FAILED"),
                ["GENERATE_MP4_FAILED"] = StatusMeaning.Failed("GENERATE_MP4_FAILED"),
                ["CALLBACK_EXCEPTION"] = StatusMeaning.Failed("CALLBACK_EXCEPTION"),
            });

        public static TaskFamily CoverArt() => new TaskFamily(SunoTaskFamily.CoverArt, "api/v1/suno/cover/record-info", "successFlag",
            new Dictionary<string, StatusMeaning>
            {
                ["0"] = StatusMeaning.Pending(),
                ["1"] = StatusMeaning.Succeeded(),
                ["2"] = StatusMeaning.Running("GENERATING"),
                ["3"] = StatusMeaning.Failed("GENERATE_COVER_FAILED"),
            })
        {
            // Cover art's own code table: 402 is credits, 429 is rate limiting (suno-api.md §7.1).
            CodeOverrides = Http.ApiCodeMap.CreditsAs402RateLimitAs429,
        };

        public static TaskFamily Recovery() => new TaskFamily(SunoTaskFamily.Recovery, "api/v1/suno/recovery/record-info", "code",
            new Dictionary<string, StatusMeaning>
            {
                ["201"] = StatusMeaning.Running("GENERATING"),
                ["200"] = StatusMeaning.Succeeded(),
                ["500"] = StatusMeaning.Failed("RECOVERY_FAILED"),
            })
        {
            IdQueryName = "task_id",
            Envelope = RecordEnvelope.TaskStatusInCode,
        };
    }
}
