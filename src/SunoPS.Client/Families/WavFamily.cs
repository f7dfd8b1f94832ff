using System.Collections.Generic;
using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Families
{
    /// <summary>
    /// A track converted to WAV: the status is a string <c>successFlag</c> (there is no <c>status</c>), the record
    /// names the source track as <c>musicId</c>, and the one file is <c>response.audioWavUrl</c>.
    /// </summary>
    internal static class WavFamily
    {
        public static TaskFamily Create() => new TaskFamily(SunoTaskFamily.Wav, "api/v1/wav/record-info", "successFlag",
            new Dictionary<string, StatusMeaning>
            {
                ["PENDING"] = StatusMeaning.Pending(),
                ["SUCCESS"] = StatusMeaning.Succeeded(),
                ["CREATE_TASK_FAILED"] = StatusMeaning.Failed("CREATE_TASK_FAILED"),
                ["GENERATE_WAV_FAILED"] = StatusMeaning.Failed("GENERATE_WAV_FAILED"),
                ["CALLBACK_EXCEPTION"] = StatusMeaning.Failed("CALLBACK_EXCEPTION"),
            })
        {
            ReadDetails = ReadDetails,
        };

        private static void ReadDetails(SunoTask task, JsonElement record)
        {
            task.SourceAudioId = JsonValues.NullIfEmpty(JsonValues.String(record, "musicId"));
            var url = JsonValues.TryGet(record, "response", out var response)
                ? JsonValues.NullIfEmpty(JsonValues.String(response, "audioWavUrl"))
                : null;
            if (url == null) return;

            var index = JsonValues.Integer(record, "musicIndex");
            task.Outputs = new SunoTaskOutputCollection(new List<SunoTaskOutput>
            {
                new SunoTaskOutput
                {
                    Kind = SunoOutputKind.Wav,
                    Url = url,
                    Id = task.SourceAudioId ?? task.TaskId,
                    TaskId = task.TaskId,
                    Family = SunoTaskFamily.Wav,
                    Index = index.HasValue ? index.Value + 1 : 1, // musicIndex counts from 0
                    IsPrimary = true,
                },
            });
        }
    }
}
