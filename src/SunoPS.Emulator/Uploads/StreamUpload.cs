using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace SunoPS.Emulator.Uploads;

/// <summary>
/// POST /api/file-stream-upload: multipart/form-data with <c>file</c> (binary), <c>uploadPath</c> and an optional
/// <c>fileName</c> (default: the part's own file name). The body is read section by section and the file part
/// is copied to disk as it arrives, so any size is accepted without holding it in memory; the fields may come
/// before or after the file.
/// </summary>
internal sealed class StreamUpload(EmulatorState state)
{
    private const int MaxFieldBytes = 4096;

    public async Task<UploadedFile> ReceiveAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = null;
        var cancel = context.RequestAborted;
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
            throw UploadError.BadRequest("The request must be multipart/form-data with a boundary.");

        var reader = new MultipartReader(boundary, context.Request.Body);
        string? uploadPath = null, fileName = null, originalName = null, partType = null, diskPath = null;
        try
        {
            while (await reader.ReadNextSectionAsync(cancel) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                switch (name)
                {
                    case "file" when diskPath is null:
                        originalName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                        partType = section.ContentType;
                        diskPath = state.Uploads.NewDiskPath();
                        await using (var file = new FileStream(diskPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                        {
                            await ReceivedFile.CopyAsync(section.Body, file, cancel);
                        }

                        break;
                    case "uploadPath":
                        uploadPath = await ReadFieldAsync(section, cancel);
                        break;
                    case "fileName":
                        fileName = await ReadFieldAsync(section, cancel);
                        break;
                    default:
                        await section.Body.DrainAsync(cancel);
                        break;
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !cancel.IsCancellationRequested)
        {
            Discard();
            throw UploadError.BadRequest("The multipart body is malformed.");
        }
        catch
        {
            Discard();
            throw;
        }

        try
        {
            if (diskPath is null) throw UploadError.Missing("file");
            var target = new UploadTarget(UploadTarget.CheckUploadPath(uploadPath),
                UploadTarget.CheckFileName(fileName, string.IsNullOrWhiteSpace(originalName) ? Guid.NewGuid().ToString("N") + MimeTypes.ExtensionFor(partType) : Path.GetFileName(originalName)));
            return state.Uploads.Commit(target.FilePath, target.FileName, diskPath, MimeTypes.Of(target.FileName, partType), state.Clock.Now);
        }
        catch
        {
            Discard();
            throw;
        }

        void Discard()
        {
            if (diskPath is not null) UploadStore.Discard(diskPath);
        }
    }

    private static async Task<string> ReadFieldAsync(MultipartSection section, CancellationToken cancel)
    {
        var buffer = new byte[MaxFieldBytes + 1];
        var total = 0;
        int read;
        while (total <= MaxFieldBytes && (read = await section.Body.ReadAsync(buffer.AsMemory(total), cancel)) > 0) total += read;
        if (total > MaxFieldBytes) throw UploadError.BadRequest("A form field is too long.");
        return Encoding.UTF8.GetString(buffer, 0, total);
    }
}
