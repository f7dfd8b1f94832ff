using System;
using System.IO;
using System.Text.Json;
using SunoPS.Client.Errors;
using SunoPS.Client.Families;
using SunoPS.Client.Json;

namespace SunoPS.Client.Callbacks
{
    /// <summary>
    /// Reads the body the API posts to a callback URL into the same <see cref="SunoTask"/> a record read gives: the body
    /// is rewritten as its family's record (one adapter per shape) and read by that family's own reader. The family is
    /// detected from the body's shape unless one is given. An Azure Automation webhook object (its <c>RequestBody</c>)
    /// is unwrapped first. A body of no known shape is a <see cref="SunoErrorKind.MalformedResponse"/> error.
    /// </summary>
    public static class CallbackReader
    {
        public static SunoTask Read(string json, SunoTaskFamily? family = null)
        {
            if (string.IsNullOrWhiteSpace(json)) throw Invalid("The callback body is empty.");
            try
            {
                using (var document = JsonDocument.Parse(json))
                {
                    return Read(document.RootElement, family);
                }
            }
            catch (JsonException e)
            {
                throw Invalid("The callback body is not valid JSON: " + e.Message, e);
            }
        }

        public static SunoTask Read(JsonElement body, SunoTaskFamily? family = null)
        {
            if (TryWebhookRequestBody(body, out var inner))
            {
                using (inner)
                {
                    return Read(inner.RootElement, family);
                }
            }

            if (body.ValueKind != JsonValueKind.Object) throw Invalid("The callback body is not a JSON object (it is " + body.ValueKind + ").");

            var adapter = family.HasValue ? CallbackAdapters.For(family.Value) : CallbackAdapters.Detect(body);
            if (adapter == null)
            {
                throw Invalid("The callback body has none of the documented callback shapes (music, lyrics, WAV, separation, MIDI, " +
                              "video, cover art, voice, recovery); name its family to read it as one.");
            }

            var taskId = adapter.TaskIdOf(body);
            if (taskId == null) throw Invalid("The callback body names no task id, so it is not a " + adapter.Family + " callback.");

            using (var record = JsonDocument.Parse(RecordOf(adapter, body)))
            {
                var task = TaskRecordReader.Read(TaskFamilies.Get(adapter.Family), record.RootElement, taskId);
                return task;
            }
        }

        private static byte[] RecordOf(ICallbackAdapter adapter, JsonElement body)
        {
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream))
                {
                    adapter.WriteRecord(body, writer);
                }

                return stream.ToArray();
            }
        }

        /// <summary>
        /// Azure Automation hands a webhook-started runbook <c>{WebhookName, RequestBody, RequestHeader}</c>, the body as a
        /// JSON string (or, after a conversion, as an object). A callback itself never has <c>RequestBody</c>.
        /// </summary>
        private static bool TryWebhookRequestBody(JsonElement body, out JsonDocument inner)
        {
            inner = null!;
            if (body.ValueKind != JsonValueKind.Object || CallbackFields.Has(body, "data")) return false;
            JsonElement requestBody = default;
            var found = false;
            foreach (var property in body.EnumerateObject())
            {
                if (string.Equals(property.Name, "RequestBody", StringComparison.OrdinalIgnoreCase))
                {
                    requestBody = property.Value;
                    found = true;
                    break;
                }
            }

            if (!found) return false;
            if (requestBody.ValueKind == JsonValueKind.Object)
            {
                inner = JsonDocument.Parse(requestBody.GetRawText());
                return true;
            }

            var text = requestBody.ValueKind == JsonValueKind.String ? requestBody.GetString() : null;
            if (string.IsNullOrWhiteSpace(text)) throw Invalid("The webhook's RequestBody is empty: the callback sent no body.");
            try
            {
                inner = JsonDocument.Parse(text!);
                return true;
            }
            catch (JsonException e)
            {
                throw Invalid("The webhook's RequestBody is not valid JSON: " + e.Message, e);
            }
        }

        private static SunoException Invalid(string message, Exception? inner = null) =>
            new SunoException(SunoErrorKind.MalformedResponse, message, inner);
    }
}
