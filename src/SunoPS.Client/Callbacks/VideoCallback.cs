using System.Text.Json;

namespace SunoPS.Client.Callbacks
{
    /// <summary>Music video (§6.6): <c>data.task_id</c> and <c>data.video_url</c> (null on a failure), read as record-info's <c>response.videoUrl</c>.</summary>
    internal sealed class VideoCallback : ICallbackAdapter
    {
        public const string FailedStatus = "GENERATE_MP4_FAILED";

        public SunoTaskFamily Family => SunoTaskFamily.Video;

        public bool Fits(JsonElement body) =>
            CallbackFields.TryData(body, out var data) && (CallbackFields.Has(data, "video_url") || CallbackFields.Has(data, "videoUrl"));

        public string? TaskIdOf(JsonElement body) => CallbackFields.DataString(body, "task_id") ?? CallbackFields.DataString(body, "taskId");

        public void WriteRecord(JsonElement body, Utf8JsonWriter w)
        {
            var code = CallbackFields.CodeOf(body);
            var url = CallbackFields.DataString(body, "video_url") ?? CallbackFields.DataString(body, "videoUrl");
            var failed = code != 200 || url == null;

            w.WriteStartObject();
            w.WriteString("taskId", TaskIdOf(body));
            w.WriteStartObject("response");
            if (url != null) w.WriteString("videoUrl", url); else w.WriteNull("videoUrl");
            w.WriteEndObject();
            w.WriteString("successFlag", failed ? FailedStatus : "SUCCESS");
            CallbackFields.WriteError(w, failed, code, CallbackFields.MessageOf(body));
            w.WriteEndObject();
        }
    }
}
