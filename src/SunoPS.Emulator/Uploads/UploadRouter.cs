using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Http;

namespace SunoPS.Emulator.Uploads;

/// <summary>
/// The upload origin (the stand-in for the file-upload host, suno-api.md §4.24): the three upload endpoints
/// (POST, bearer key) and the download URLs they hand out (GET/HEAD under /tempfile/, no key, like a file host).
/// A wrong method is 405, a missing or wrong key 401, an unknown path 404, a refused upload 400, and anything
/// unexpected 500 — all as real HTTP statuses with <c>success: false</c>.
/// </summary>
internal sealed class UploadRouter(EmulatorState state)
{
    public const string Base64Path = "/api/file-base64-upload";
    public const string StreamPath = "/api/file-stream-upload";
    public const string UrlPath = "/api/file-url-upload";

    private readonly Base64Upload _base64 = new(state);
    private readonly StreamUpload _stream = new(state);
    private readonly UrlUpload _url = new(state);

    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith(UploadStore.DownloadPrefix, StringComparison.Ordinal))
        {
            await DownloadAsync(context, path[UploadStore.DownloadPrefix.Length..]);
            return;
        }

        Func<HttpContext, Task<UploadedFile>>? upload = path.TrimEnd('/').ToLowerInvariant() switch
        {
            Base64Path => _base64.ReceiveAsync,
            StreamPath => _stream.ReceiveAsync,
            UrlPath => _url.ReceiveAsync,
            _ => null,
        };

        if (upload is null)
        {
            await UploadResponses.ErrorAsync(context, StatusCodes.Status404NotFound, "Not found");
            return;
        }

        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await UploadResponses.ErrorAsync(context, StatusCodes.Status405MethodNotAllowed, UploadResponses.MethodNotAllowed);
            return;
        }

        if (!BearerAuth.IsAuthorized(context.Request, state.Options.ApiKey))
        {
            await UploadResponses.ErrorAsync(context, StatusCodes.Status401Unauthorized, UploadResponses.AuthenticationFailed);
            return;
        }

        UploadedFile file;
        try
        {
            file = await upload(context);
        }
        catch (UploadError e)
        {
            await UploadResponses.ErrorAsync(context, e.Status, e.Message);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.RequestAborted.IsCancellationRequested)
        {
            await UploadResponses.ErrorAsync(context, StatusCodes.Status500InternalServerError, UploadResponses.InternalError);
            return;
        }

        await UploadResponses.SuccessAsync(context, file, state.Uploads.DownloadUrlOf(file));
    }

    /// <summary>Serves an uploaded file exactly as received, with its mime type, length and byte ranges; 404 once expired.</summary>
    private async Task DownloadAsync(HttpContext context, string filePath)
    {
        var method = context.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            await FileEndpoint.SendErrorAsync(context, StatusCodes.Status405MethodNotAllowed);
            return;
        }

        if (state.Uploads.Find(filePath, state.Clock.Now) is not { } file)
        {
            await FileEndpoint.SendErrorAsync(context, StatusCodes.Status404NotFound);
            return;
        }

        DiskFileBody body;
        try
        {
            body = new DiskFileBody(file.DiskPath);
        }
        catch (FileNotFoundException)
        {
            await FileEndpoint.SendErrorAsync(context, StatusCodes.Status404NotFound); // overwritten meanwhile
            return;
        }

        using (body)
        {
            await BodySender.SendAsync(context, StatusCodes.Status200OK, file.MimeType, body, acceptRanges: true, file.Etag);
        }
    }
}
