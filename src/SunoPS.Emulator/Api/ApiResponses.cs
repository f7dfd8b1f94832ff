using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Http;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Api;

/// <summary>Writes the <c>{"code","msg","data"}</c> envelope for successes and errors.</summary>
internal static class ApiResponses
{
    public const string JsonContentType = "application/json";

    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task SuccessAsync(HttpContext context, Action<Utf8JsonWriter> writeData)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("code", ApiCodes.Success);
            writer.WriteString("msg", "success");
            writer.WritePropertyName("data");
            writeData(writer);
            writer.WriteEndObject();
        }

        return BodySender.SendAsync(context, StatusCodes.Status200OK, JsonContentType, new MemoryBody(buffer.WrittenMemory));
    }

    /// <summary>
    /// An error as the real API sends it: HTTP 200 with the code in the body, unless the emulator is set to
    /// mirror codes as HTTP statuses (then 405/430/455 also carry Retry-After).
    /// </summary>
    public static Task ErrorAsync(HttpContext context, EmulatorState state, int code, string? message = null)
    {
        var httpStatus = StatusCodes.Status200OK;
        if (state.ErrorsAsHttpStatus)
        {
            httpStatus = code;
            if (ApiCodes.IsRetryLater(code)) context.Response.Headers.RetryAfter = "1";
        }

        return BodySender.SendAsync(context, httpStatus, JsonContentType, new MemoryBody(Envelope(code, message ?? ApiCodes.MessageFor(code))));
    }

    public static byte[] Envelope(int code, string message)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("code", code);
            writer.WriteString("msg", message);
            writer.WriteNull("data");
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
