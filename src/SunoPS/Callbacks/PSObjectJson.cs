using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Text.Json;

namespace SunoPS.Callbacks
{
    /// <summary>
    /// Writes what ConvertFrom-Json (or a hand-made hashtable) gave back as JSON again, so a callback that a runbook has
    /// already parsed is read by the same reader as its text: hashtables and dictionaries, PSCustomObjects, arrays,
    /// strings, numbers, booleans and nulls.
    /// </summary>
    internal static class PSObjectJson
    {
        private const int MaxDepth = 64;

        public static string Write(object? value)
        {
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream))
                {
                    WriteValue(writer, value, 0);
                }

                return System.Text.Encoding.UTF8.GetString(stream.ToArray());
            }
        }

        private static void WriteValue(Utf8JsonWriter w, object? value, int depth)
        {
            if (depth > MaxDepth) throw new InvalidDataException("The object is nested more than " + MaxDepth + " levels deep.");
            var ps = value as PSObject;
            var bare = ps != null ? ps.BaseObject : value;
            switch (bare)
            {
                case null:
                case DBNull _:
                    w.WriteNullValue();
                    return;
                case string s:
                    w.WriteStringValue(s);
                    return;
                case char c:
                    w.WriteStringValue(c.ToString());
                    return;
                case bool b:
                    w.WriteBooleanValue(b);
                    return;
                case int i:
                    w.WriteNumberValue(i);
                    return;
                case long l:
                    w.WriteNumberValue(l);
                    return;
                case double d:
                    w.WriteNumberValue(d);
                    return;
                case decimal m:
                    w.WriteNumberValue(m);
                    return;
                case float f:
                    w.WriteNumberValue(f);
                    return;
                case short _:
                case byte _:
                case sbyte _:
                case ushort _:
                case uint _:
                case ulong _:
                    w.WriteNumberValue(Convert.ToDecimal(bare, CultureInfo.InvariantCulture));
                    return;
                case System.Numerics.BigInteger big:
                    w.WriteRawValue(big.ToString(CultureInfo.InvariantCulture));
                    return;
                case DateTime time:
                    w.WriteStringValue(time.ToString("o", CultureInfo.InvariantCulture));
                    return;
                case DateTimeOffset offset:
                    w.WriteStringValue(offset.ToString("o", CultureInfo.InvariantCulture));
                    return;
                case IDictionary dictionary:
                    w.WriteStartObject();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        w.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                        WriteValue(w, entry.Value, depth + 1);
                    }

                    w.WriteEndObject();
                    return;
                case PSCustomObject _:
                    w.WriteStartObject();
                    foreach (var property in ps!.Properties)
                    {
                        w.WritePropertyName(property.Name);
                        WriteValue(w, property.Value, depth + 1);
                    }

                    w.WriteEndObject();
                    return;
                case IEnumerable items:
                    w.WriteStartArray();
                    foreach (var item in items) WriteValue(w, item, depth + 1);
                    w.WriteEndArray();
                    return;
                default:
                    w.WriteStringValue(Convert.ToString(bare, CultureInfo.InvariantCulture));
                    return;
            }
        }
    }
}
