using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Callbacks
{
    /// <summary>Lyrics (§6.2): like music but <c>data.taskId</c> (camelCase) and the lyrics items as record-info has them.</summary>
    internal sealed class LyricsCallback : ICallbackAdapter
    {
        public const string FailedStatus = "GENERATE_LYRICS_FAILED";

        public SunoTaskFamily Family => SunoTaskFamily.Lyrics;

        public bool Fits(JsonElement body) =>
            CallbackFields.TryData(body, out var data) && CallbackFields.Has(data, "callbackType") && CallbackFields.Has(data, "taskId") &&
            !CallbackFields.Has(data, "task_id");

        public string? TaskIdOf(JsonElement body) => CallbackFields.DataString(body, "taskId") ?? CallbackFields.DataString(body, "task_id");

        public void WriteRecord(JsonElement body, Utf8JsonWriter w)
        {
            CallbackFields.TryData(body, out var data);
            var code = CallbackFields.CodeOf(body);
            var type = (JsonValues.String(data, "callbackType") ?? "").Trim().ToLowerInvariant();
            var failed = code != 200 || type == "error";
            var taskId = TaskIdOf(body);

            w.WriteStartObject();
            w.WriteString("taskId", taskId);
            w.WriteStartObject("response");
            w.WriteString("taskId", taskId);
            w.WriteStartArray("data");
            if (JsonValues.TryGet(data, "data", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object) CallbackFields.WriteCamelCased(w, item);
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteString("status", failed ? FailedStatus : type == "complete" || type == "" ? "SUCCESS" : type.ToUpperInvariant());
            CallbackFields.WriteError(w, failed, code, CallbackFields.MessageOf(body));
            w.WriteEndObject();
        }
    }
}
