using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Callbacks
{
    /// <summary>
    /// Recovery (§6.9): the body is already the details answer — top-level <c>code</c> (the status: 200 at least one
    /// track recovered, 500 all failed), <c>task_id</c> and <c>data[]</c> — so it is the record as it is.
    /// </summary>
    internal sealed class RecoveryCallback : ICallbackAdapter
    {
        public SunoTaskFamily Family => SunoTaskFamily.Recovery;

        public bool Fits(JsonElement body) =>
            CallbackFields.Has(body, "task_id") && JsonValues.TryGet(body, "data", out var data) && data.ValueKind == JsonValueKind.Array;

        public string? TaskIdOf(JsonElement body) => JsonValues.NullIfEmpty(JsonValues.String(body, "task_id")) ?? JsonValues.NullIfEmpty(JsonValues.String(body, "taskId"));

        public void WriteRecord(JsonElement body, Utf8JsonWriter w) => body.WriteTo(w);
    }
}
