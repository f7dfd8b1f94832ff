using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Callbacks
{
    /// <summary>
    /// Voice (§6.8): <c>data</c> is already the record (<c>taskId</c>, lowercase <c>status</c>, <c>errorCode</c>,
    /// <c>errorMessage</c>) with <c>validateInfo</c> for a validation (and its regeneration) or <c>voiceId</c> for a voice.
    /// A failure code without a status reads as <c>fail</c>.
    /// </summary>
    internal sealed class VoiceCallback : ICallbackAdapter
    {
        private readonly string _marker;

        private VoiceCallback(SunoTaskFamily family, string marker)
        {
            Family = family;
            _marker = marker;
        }

        public static VoiceCallback Validation() => new VoiceCallback(SunoTaskFamily.VoiceValidation, "validateInfo");

        public static VoiceCallback Voice() => new VoiceCallback(SunoTaskFamily.Voice, "voiceId");

        public SunoTaskFamily Family { get; }

        public bool Fits(JsonElement body) => CallbackFields.TryData(body, out var data) && CallbackFields.Has(data, _marker);

        public string? TaskIdOf(JsonElement body) => CallbackFields.DataString(body, "taskId") ?? CallbackFields.DataString(body, "task_id");

        public void WriteRecord(JsonElement body, Utf8JsonWriter w)
        {
            CallbackFields.TryData(body, out var data);
            var code = CallbackFields.CodeOf(body);
            var status = JsonValues.NullIfEmpty(JsonValues.String(data, "status"));

            w.WriteStartObject();
            w.WriteString("taskId", TaskIdOf(body));
            if (data.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in data.EnumerateObject())
                {
                    if (property.NameEquals("taskId") || property.NameEquals("task_id") || property.NameEquals("status")) continue;
                    w.WritePropertyName(CallbackFields.CamelCase(property.Name));
                    property.Value.WriteTo(w);
                }
            }

            w.WriteString("status", status ?? (code != 200 ? (Family == SunoTaskFamily.VoiceValidation ? "processing_validate_fail" : "fail") : "success"));
            if (code != 200 && !CallbackFields.Has(data, "errorMessage")) w.WriteString("errorMessage", CallbackFields.MessageOf(body));
            w.WriteEndObject();
        }
    }
}
