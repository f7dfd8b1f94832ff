using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace SunoPS.Client.Json
{
    /// <summary>Writes a flat JSON request body (strings, numbers, booleans, a list of strings), leaving out fields that are null.</summary>
    internal static class JsonBody
    {
        public static byte[] Write(IEnumerable<KeyValuePair<string, object?>> fields)
        {
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream))
                {
                    writer.WriteStartObject();
                    foreach (var field in fields)
                    {
                        switch (field.Value)
                        {
                            case null: break;
                            case string s: writer.WriteString(field.Key, s); break;
                            case bool b: writer.WriteBoolean(field.Key, b); break;
                            case double d: writer.WriteNumber(field.Key, d); break;
                            case int i: writer.WriteNumber(field.Key, i); break;
                            case long l: writer.WriteNumber(field.Key, l); break;
                            case string?[] list:
                                // The one list the API takes (mashup's uploadUrlList).
                                writer.WriteStartArray(field.Key);
                                foreach (var item in list) writer.WriteStringValue(item);
                                writer.WriteEndArray();
                                break;
                            default: writer.WriteString(field.Key, field.Value.ToString()); break;
                        }
                    }

                    writer.WriteEndObject();
                }

                return stream.ToArray();
            }
        }
    }
}
