using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SunoPS.Emulator.Uploads;

/// <summary>
/// POST /api/file-base64-upload: JSON <c>base64Data</c> (pure base64 or <c>data:&lt;mime&gt;;base64,…</c>),
/// <c>uploadPath</c>, optional <c>fileName</c> (a made-up name with the type's extension otherwise).
/// </summary>
internal sealed class Base64Upload(EmulatorState state)
{
    /// <summary>A JSON body holds the whole file; the docs advise the stream upload beyond 10 MB anyway.</summary>
    private const long MaxBodyBytes = 128L * 1024 * 1024;

    public async Task<UploadedFile> ReceiveAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
        using var document = await UploadJson.ReadAsync(context);
        var body = document.RootElement;

        if (!body.TryGetProperty("base64Data", out var data) || data.ValueKind == JsonValueKind.Null) throw UploadError.Missing("base64Data");
        if (data.ValueKind != JsonValueKind.String) throw UploadError.BadRequest("base64Data must be a string.");
        if (data.ValueEquals(string.Empty)) throw UploadError.Missing("base64Data");
        var uploadPath = UploadTarget.CheckUploadPath(UploadJson.String(body, "uploadPath"));
        var requestedName = UploadJson.String(body, "fileName");
        var (bytes, declaredType) = Decode(data);
        if (bytes.Length == 0) throw Invalid();
        var fileName = UploadTarget.CheckFileName(requestedName, Guid.NewGuid().ToString("N") + MimeTypes.ExtensionFor(declaredType));
        var target = new UploadTarget(uploadPath, fileName);
        return await ReceivedFile.SaveAsync(state, file => file.WriteAsync(bytes, context.RequestAborted).AsTask(),
            () => target, name => MimeTypes.Of(name, declaredType));
    }

    /// <summary>
    /// The file's bytes, and the type a data: URL declares. Pure base64 is decoded straight from the request's
    /// UTF-8 (no 2-bytes-a-character copy of a body that holds the whole file); a data: URL goes the long way.
    /// </summary>
    private static (byte[] Bytes, string? DeclaredType) Decode(JsonElement data)
    {
        if (data.TryGetBytesFromBase64(out var direct) && direct.Length > 0) return (direct, null);
        var text = data.GetString();
        if (string.IsNullOrWhiteSpace(text)) throw UploadError.Missing("base64Data");

        string? declaredType = null;
        if (text.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = text.IndexOf(',');
            var header = comma < 0 ? "" : text[5..comma];
            if (!header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase)) throw Invalid();
            declaredType = header[..^7].Trim();
            text = text[(comma + 1)..];
        }

        try
        {
            return (Convert.FromBase64String(text), declaredType);
        }
        catch (FormatException)
        {
            throw Invalid();
        }
    }

    private static UploadError Invalid() => UploadError.BadRequest("Base64 decoding failed: Invalid Base64 format");
}
