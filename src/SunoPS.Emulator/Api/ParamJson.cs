using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SunoPS.Emulator.Api;

/// <summary>
/// The <c>param</c> field of a record: the request body re-encoded as a JSON string with its keys in
/// alphabetical order, as the real API returns it.
/// </summary>
internal static class ParamJson
{
    // Keep non-ASCII text readable, as the real records show it.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string FromBody(JsonElement body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var property in body.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                writer.WritePropertyName(property.Name);
                property.Value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A param string from name/value pairs (strings and booleans), for tasks made without a request.</summary>
    public static string Write(params (string Name, object Value)[] fields)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in fields.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                switch (value)
                {
                    case bool b: writer.WriteBoolean(name, b); break;
                    default: writer.WriteString(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
