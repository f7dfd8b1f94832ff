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

        var data = UploadJson.String(body, "base64Data");
        if (string.IsNullOrWhiteSpace(data)) throw UploadError.Missing("base64Data");
        var uploadPath = UploadTarget.CheckUploadPath(UploadJson.String(body, "uploadPath"));
        var requestedName = UploadJson.String(body, "fileName");

        string? declaredType = null;
        if (data.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = data.IndexOf(',');
            var header = comma < 0 ? "" : data[5..comma];
            if (!header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase)) throw Invalid();
            declaredType = header[..^7].Trim();
            data = data[(comma + 1)..];
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(data);
        }
        catch (FormatException)
        {
            throw Invalid();
        }

        if (bytes.Length == 0) throw Invalid();
        var fileName = UploadTarget.CheckFileName(requestedName, Guid.NewGuid().ToString("N") + MimeTypes.ExtensionFor(declaredType));
        var target = new UploadTarget(uploadPath, fileName);
        return await ReceivedFile.SaveAsync(state, file => file.WriteAsync(bytes, context.RequestAborted).AsTask(),
            () => target, name => MimeTypes.Of(name, declaredType));
    }

    private static UploadError Invalid() => UploadError.BadRequest("Base64 decoding failed: Invalid Base64 format");
}
