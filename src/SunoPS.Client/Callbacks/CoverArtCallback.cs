using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Callbacks
{
    /// <summary>
    /// Cover art (§6.7): <c>data.taskId</c> and <c>data.images</c> (null on a failure). Read as record-info's
    /// <c>response.images</c> with the integer <c>successFlag</c> 1, or 3 for a failure code (400, 408, 500, 501, 531);
    /// <c>errorCode</c> is the code, 200 on success as the record has it.
    /// </summary>
    internal sealed class CoverArtCallback : ICallbackAdapter
    {
        public const int Succeeded = 1;
        public const int Failed = 3;

        public SunoTaskFamily Family => SunoTaskFamily.CoverArt;

        public bool Fits(JsonElement body) => CallbackFields.TryData(body, out var data) && CallbackFields.Has(data, "images");

        public string? TaskIdOf(JsonElement body) => CallbackFields.DataString(body, "taskId") ?? CallbackFields.DataString(body, "task_id");

        public void WriteRecord(JsonElement body, Utf8JsonWriter w)
        {
            CallbackFields.TryData(body, out var data);
            var code = CallbackFields.CodeOf(body);
            var hasImages = JsonValues.TryGet(data, "images", out var images) && images.ValueKind == JsonValueKind.Array;
            var failed = code != 200 || !hasImages;

            w.WriteStartObject();
            w.WriteString("taskId", TaskIdOf(body));
            w.WritePropertyName("response");
            if (hasImages)
            {
                w.WriteStartObject();
                w.WritePropertyName("images");
                images.WriteTo(w);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNullValue();
            }

            w.WriteNumber("successFlag", failed ? Failed : Succeeded);
            w.WriteNumber("errorCode", code);
            w.WriteString("errorMessage", failed ? CallbackFields.MessageOf(body) ?? "" : "");
            w.WriteEndObject();
        }
    }
}
