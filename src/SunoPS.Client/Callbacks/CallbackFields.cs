using System.Text;
using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Callbacks
{
    /// <summary>What callback bodies share: the envelope's <c>code</c>, <c>msg</c> and <c>data</c>, and the snake_case they mostly use.</summary>
    internal static class CallbackFields
    {
        /// <summary>The body's <c>code</c>; a body without one is taken as a success, as the examples without it are.</summary>
        public static int CodeOf(JsonElement body) => JsonValues.Integer(body, "code") ?? 200;

        public static string? MessageOf(JsonElement body) => JsonValues.NullIfEmpty(JsonValues.String(body, "msg"));

        /// <summary>The body's <c>data</c> when it is an object.</summary>
        public static bool TryData(JsonElement body, out JsonElement data) =>
            JsonValues.TryGet(body, "data", out data) && data.ValueKind == JsonValueKind.Object;

        /// <summary>True when <paramref name="obj"/> has the field, even as null (a failure sends <c>"audioWavUrl": null</c>).</summary>
        public static bool Has(JsonElement obj, string name) => obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out _);

        public static string? DataString(JsonElement body, string name) =>
            TryData(body, out var data) ? JsonValues.NullIfEmpty(JsonValues.String(data, name)) : null;

        /// <summary><c>audio_url</c> → <c>audioUrl</c>; names without underscores (<c>createTime</c>, <c>id</c>) stay as they are.</summary>
        public static string CamelCase(string name)
        {
            if (name.IndexOf('_') < 0) return name;
            var result = new StringBuilder(name.Length);
            var upper = false;
            foreach (var c in name)
            {
                if (c == '_')
                {
                    upper = result.Length > 0;
                    continue;
                }

                result.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return result.ToString();
        }

        /// <summary>Copies an object with its field names in camelCase (one level deep; values as they are).</summary>
        public static void WriteCamelCased(Utf8JsonWriter w, JsonElement obj)
        {
            w.WriteStartObject();
            foreach (var property in obj.EnumerateObject())
            {
                w.WritePropertyName(CamelCase(property.Name));
                property.Value.WriteTo(w);
            }

            w.WriteEndObject();
        }

        /// <summary>The record's <c>errorCode</c> and <c>errorMessage</c>: the body's code and message on a failure, null otherwise.</summary>
        public static void WriteError(Utf8JsonWriter w, bool failed, int code, string? message)
        {
            if (failed) w.WriteNumber("errorCode", code); else w.WriteNull("errorCode");
            if (failed && message != null) w.WriteString("errorMessage", message); else w.WriteNull("errorMessage");
        }
    }
}
