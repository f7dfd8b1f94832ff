using System.Net;
using Microsoft.AspNetCore.Http;

namespace SunoPS.Emulator.Uploads;

/// <summary>
/// POST /api/file-url-upload: JSON <c>fileUrl</c> (http/https), <c>uploadPath</c>, optional <c>fileName</c>
/// (default: the URL's last path segment). The real host downloads the URL; the emulator never reaches the
/// internet, so it fetches loopback URLs only (its own files and upload origins, a test's server) and refuses
/// others with 400. The download is streamed to disk; it times out after 30 s, as documented.
/// </summary>
internal sealed class UrlUpload(EmulatorState state)
{
    private static readonly HttpClient Fetcher = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async Task<UploadedFile> ReceiveAsync(HttpContext context)
    {
        string? fileUrl, uploadPath, requestedName;
        using (var document = await UploadJson.ReadAsync(context))
        {
            var body = document.RootElement;
            fileUrl = UploadJson.String(body, "fileUrl");
            uploadPath = UploadJson.String(body, "uploadPath");
            requestedName = UploadJson.String(body, "fileName");
        }

        if (string.IsNullOrWhiteSpace(fileUrl)) throw UploadError.Missing("fileUrl");
        if (!Uri.TryCreate(fileUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw UploadError.BadRequest("fileUrl must be an absolute http or https URL.");
        uploadPath = UploadTarget.CheckUploadPath(uploadPath);
        if (!url.IsLoopback)
            throw UploadError.BadRequest("The emulator only fetches loopback URLs (127.0.0.1, localhost); upload this file with the base64 or stream upload instead.");

        var lastSegment = Uri.UnescapeDataString(url.Segments.LastOrDefault()?.Trim('/') ?? "");
        var fileName = UploadTarget.CheckFileName(requestedName, lastSegment.Length > 0 ? lastSegment : "file");
        var target = new UploadTarget(uploadPath, fileName);

        using var response = await FetchAsync(url, context.RequestAborted);
        var sentType = response.Content.Headers.ContentType?.MediaType;
        return await ReceivedFile.SaveAsync(state,
            async file => await ReceivedFile.CopyAsync(await response.Content.ReadAsStreamAsync(context.RequestAborted), file, context.RequestAborted),
            () => target, name => MimeTypes.Of(name, sentType));
    }

    private static async Task<HttpResponseMessage> FetchAsync(Uri url, CancellationToken cancel)
    {
        HttpResponseMessage response;
        try
        {
            response = await Fetcher.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancel);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancel.IsCancellationRequested)
        {
            throw UploadError.BadRequest($"Failed to download the file from fileUrl: {e.Message}");
        }

        if (response.StatusCode == HttpStatusCode.OK) return response;
        var status = (int)response.StatusCode;
        response.Dispose();
        throw UploadError.BadRequest($"Failed to download the file from fileUrl: HTTP {status}.");
    }
}
