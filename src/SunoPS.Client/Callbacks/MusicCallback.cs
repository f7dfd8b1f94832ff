using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Callbacks
{
    /// <summary>
    /// Music (§6.1): <c>data.callbackType</c> text / first / complete / error, <c>data.task_id</c>, and the tracks in
    /// <c>data.data[]</c> in snake_case. A failure carries its code and message in the envelope (the kie variant adds
    /// <c>data.error</c>). Read as a record whose status is TEXT_SUCCESS, FIRST_SUCCESS, SUCCESS or a failure.
    /// </summary>
    internal sealed class MusicCallback : ICallbackAdapter
    {
        public const string FailedStatus = "GENERATE_AUDIO_FAILED";

        public SunoTaskFamily Family => SunoTaskFamily.Music;

        public bool Fits(JsonElement body) =>
            CallbackFields.TryData(body, out var data) && CallbackFields.Has(data, "callbackType") && CallbackFields.Has(data, "task_id");

        public string? TaskIdOf(JsonElement body) => CallbackFields.DataString(body, "task_id") ?? CallbackFields.DataString(body, "taskId");

        public void WriteRecord(JsonElement body, Utf8JsonWriter w)
        {
            CallbackFields.TryData(body, out var data);
            var code = CallbackFields.CodeOf(body);
            var status = StatusOf(JsonValues.String(data, "callbackType"), code);
            var failed = status == FailedStatus;
            var taskId = TaskIdOf(body);

            w.WriteStartObject();
            w.WriteString("taskId", taskId);
            w.WriteStartObject("response");
            w.WriteString("taskId", taskId);
            w.WriteStartArray("sunoData");
            if (JsonValues.TryGet(data, "data", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object) CallbackFields.WriteCamelCased(w, item);
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteString("status", status);
            CallbackFields.WriteError(w, failed, code, CallbackFields.DataString(body, "error") ?? CallbackFields.MessageOf(body));
            w.WriteEndObject();
        }

        /// <summary>The record status of a stage; a non-200 code is a failure whatever the stage says.</summary>
        private static string StatusOf(string? callbackType, int code)
        {
            if (code != 200) return FailedStatus;
            switch ((callbackType ?? "").Trim().ToLowerInvariant())
            {
                case "text": return "TEXT_SUCCESS";
                case "first": return "FIRST_SUCCESS";
                case "complete": return "SUCCESS";
                case "error": return FailedStatus;
                // A stage this module does not know stays running under its own name: it never ends a wait early.
                default: return string.IsNullOrWhiteSpace(callbackType) ? "PENDING" : callbackType!.Trim().ToUpperInvariant();
            }
        }
    }
}
