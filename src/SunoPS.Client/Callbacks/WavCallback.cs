using System.Text.Json;

namespace SunoPS.Client.Callbacks
{
    /// <summary>WAV (§6.3): <c>data.audioWavUrl</c> and <c>data.task_id</c>; a code other than 200 (400, 451, 500) is a failure.</summary>
    internal sealed class WavCallback : ICallbackAdapter
    {
        public const string FailedStatus = "GENERATE_WAV_FAILED";

        public SunoTaskFamily Family => SunoTaskFamily.Wav;

        public bool Fits(JsonElement body) => CallbackFields.TryData(body, out var data) && CallbackFields.Has(data, "audioWavUrl");

        public string? TaskIdOf(JsonElement body) => CallbackFields.DataString(body, "task_id") ?? CallbackFields.DataString(body, "taskId");

        public void WriteRecord(JsonElement body, Utf8JsonWriter w)
        {
            var code = CallbackFields.CodeOf(body);
            var url = CallbackFields.DataString(body, "audioWavUrl");
            var failed = code != 200 || url == null;

            w.WriteStartObject();
            w.WriteString("taskId", TaskIdOf(body));
            w.WriteStartObject("response");
            if (url != null) w.WriteString("audioWavUrl", url); else w.WriteNull("audioWavUrl");
            w.WriteEndObject();
            w.WriteString("successFlag", failed ? FailedStatus : "SUCCESS");
            CallbackFields.WriteError(w, failed, code, CallbackFields.MessageOf(body));
            w.WriteEndObject();
        }
    }
}
