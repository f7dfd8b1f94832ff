using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Http;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Uploads;

/// <summary>
/// The upload host's envelope (suno-api.md §2.2, §4.24): <c>{"success","code","msg","data"}</c>, and errors
/// with the real HTTP status (400, 401, 404, 405, 500) and <c>success: false</c>, unlike the main API.
/// </summary>
internal static class UploadResponses
{
    public const string SuccessMessage = "File uploaded successfully";
    public const string AuthenticationFailed = "Authentication failed: Invalid API Key";
    public const string InternalError = "Internal server error";
    public const string MethodNotAllowed = "Method not allowed";

    public static Task SuccessAsync(HttpContext context, UploadedFile file, string downloadUrl)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, ApiResponses.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteBoolean("success", true);
            w.WriteNumber("code", 200);
            w.WriteString("msg", SuccessMessage);
            w.WriteStartObject("data");
            w.WriteString("fileName", file.FileName);
            w.WriteString("filePath", file.FilePath);
            w.WriteString("downloadUrl", downloadUrl);
            w.WriteNumber("fileSize", file.Size);
            w.WriteString("mimeType", file.MimeType);
            w.WriteString("uploadedAt", file.UploadedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return BodySender.SendAsync(context, StatusCodes.Status200OK, ApiResponses.JsonContentType, new MemoryBody(buffer.WrittenMemory));
    }

    public static Task ErrorAsync(HttpContext context, int status, string message)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var w = new Utf8JsonWriter(buffer, ApiResponses.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteBoolean("success", false);
            w.WriteNumber("code", status);
            w.WriteString("msg", message);
            w.WriteEndObject();
        }

        return BodySender.SendAsync(context, status, ApiResponses.JsonContentType, new MemoryBody(buffer.WrittenMemory));
    }
}
