using System;
using System.Globalization;
using System.Text.Json;

namespace SunoPS.Client.Json
{
    /// <summary>
    /// Tolerant readers for the API's loosely typed fields: a field may be missing, null, a number or a
    /// string holding a number, and times come as epoch milliseconds or as date strings.
    /// </summary>
    internal static class JsonValues
    {
        public static bool TryGet(JsonElement obj, string name, out JsonElement value)
        {
            if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out value) &&
                value.ValueKind != JsonValueKind.Null && value.ValueKind != JsonValueKind.Undefined)
            {
                return true;
            }

            value = default;
            return false;
        }

        public static string? String(JsonElement obj, string name)
        {
            if (!TryGet(obj, name, out var v)) return null;
            switch (v.ValueKind)
            {
                case JsonValueKind.String: return v.GetString();
                case JsonValueKind.Number:
                case JsonValueKind.True:
                case JsonValueKind.False: return v.GetRawText();
                default: return null;
            }
        }

        public static double? Number(JsonElement obj, string name)
        {
            if (!TryGet(obj, name, out var v)) return null;
            if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d)) return d;
            if (v.ValueKind == JsonValueKind.String &&
                double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out d)) return d;
            return null;
        }

        /// <summary>A number kept exact (credits "up to 2 decimal places" must not become 0.39999…).</summary>
        public static decimal? Decimal(JsonElement obj, string name)
        {
            if (!TryGet(obj, name, out var v)) return null;
            if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var m)) return m;
            if (v.ValueKind == JsonValueKind.String &&
                decimal.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out m)) return m;
            return null;
        }

        public static int? Integer(JsonElement obj, string name)
        {
            var d = Number(obj, name);
            if (d == null || d > int.MaxValue || d < int.MinValue) return null;
            return (int)d.Value;
        }

        public static bool? Boolean(JsonElement obj, string name)
        {
            if (!TryGet(obj, name, out var v)) return null;
            if (v.ValueKind == JsonValueKind.True) return true;
            if (v.ValueKind == JsonValueKind.False) return false;
            if (v.ValueKind == JsonValueKind.String && bool.TryParse(v.GetString(), out var b)) return b;
            return null;
        }

        /// <summary>Epoch milliseconds (number or digits) or a date string; null when absent or unreadable.</summary>
        public static DateTimeOffset? Time(JsonElement obj, string name)
        {
            if (!TryGet(obj, name, out var v)) return null;
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var ms)) return FromEpoch(ms);
            if (v.ValueKind != JsonValueKind.String) return null;

            var text = v.GetString();
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out ms)) return FromEpoch(ms);
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                return parsed;
            }

            return null;
        }

        private static DateTimeOffset? FromEpoch(long value)
        {
            // Ten digits or fewer is seconds; the API uses milliseconds, but a few siblings use seconds.
            try
            {
                return value < 100_000_000_000L
                    ? DateTimeOffset.FromUnixTimeSeconds(value)
                    : DateTimeOffset.FromUnixTimeMilliseconds(value);
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        public static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

        /// <summary>A JSON value as a plain .NET value: string, bool, double, null, or the raw text of objects.</summary>
        public static object? Plain(JsonElement v)
        {
            switch (v.ValueKind)
            {
                case JsonValueKind.String: return v.GetString();
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                case JsonValueKind.Number: return v.TryGetInt64(out var l) ? (object)l : v.GetDouble();
                case JsonValueKind.Null:
                case JsonValueKind.Undefined: return null;
                default: return v.GetRawText();
            }
        }
    }
}
