using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Callbacks
{
    /// <summary>
    /// Vocal separation (§6.4): <c>data.task_id</c> and <c>data.vocal_removal_info</c> in snake_case (<c>vocal_url</c>,
    /// <c>drums_url</c>…), null on a failure. Read as record-info's <c>response</c> with camelCase URLs; the callback's
    /// <c>origin_url: ""</c> is the record's <c>originUrl: null</c>.
    /// </summary>
    internal sealed class SeparationCallback : ICallbackAdapter
    {
        public const string FailedStatus = "GENERATE_AUDIO_FAILED";

        public SunoTaskFamily Family => SunoTaskFamily.Separation;

        public bool Fits(JsonElement body) => CallbackFields.TryData(body, out var data) && CallbackFields.Has(data, "vocal_removal_info");

        public string? TaskIdOf(JsonElement body) => CallbackFields.DataString(body, "task_id") ?? CallbackFields.DataString(body, "taskId");

        public void WriteRecord(JsonElement body, Utf8JsonWriter w)
        {
            CallbackFields.TryData(body, out var data);
            var code = CallbackFields.CodeOf(body);
            var hasInfo = JsonValues.TryGet(data, "vocal_removal_info", out var info) && info.ValueKind == JsonValueKind.Object;
            var failed = code != 200 || !hasInfo;

            w.WriteStartObject();
            w.WriteString("taskId", TaskIdOf(body));
            w.WritePropertyName("response");
            if (hasInfo)
            {
                w.WriteStartObject();
                foreach (var property in info.EnumerateObject())
                {
                    w.WritePropertyName(CallbackFields.CamelCase(property.Name));
                    if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() == "") w.WriteNullValue();
                    else property.Value.WriteTo(w);
                }

                w.WriteEndObject();
            }
            else
            {
                w.WriteNullValue();
            }

            w.WriteString("successFlag", failed ? FailedStatus : "SUCCESS");
            CallbackFields.WriteError(w, failed, code, CallbackFields.MessageOf(body));
            w.WriteEndObject();
        }
    }
}
