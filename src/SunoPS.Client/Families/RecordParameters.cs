using System;
using System.Collections.Generic;
using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Families
{
    /// <summary>The request a record echoes back in <c>param</c>: a JSON string (a gateway may have decoded it into an object).</summary>
    internal static class RecordParameters
    {
        public static void Read(SunoTask task, JsonElement record)
        {
            var paramJson = JsonValues.TryGet(record, "param", out var param) && param.ValueKind == JsonValueKind.Object
                ? param.GetRawText()
                : JsonValues.String(record, "param");
            if (string.IsNullOrWhiteSpace(paramJson)) return;

            var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            try
            {
                using (var doc = JsonDocument.Parse(paramJson!))
                {
                    var root = doc.RootElement;
                    if (root.ValueKind != JsonValueKind.Object) return;
                    foreach (var p in root.EnumerateObject()) values[p.Name] = JsonValues.Plain(p.Value);

                    task.Prompt = JsonValues.String(root, "prompt");
                    task.Style = JsonValues.String(root, "style");
                    task.Title = JsonValues.String(root, "title");
                    task.Model = JsonValues.String(root, "model");
                    task.CustomMode = JsonValues.Boolean(root, "customMode");
                    task.Instrumental = JsonValues.Boolean(root, "instrumental");
                }
            }
            catch (JsonException)
            {
                // A param that is not JSON is kept as text; the record itself is still useful.
            }

            // The callback URL is the user's endpoint, possibly with a token in it: keep it, it is theirs.
            task.Parameters = new SunoTaskParameters(values, paramJson!);
        }
    }
}
