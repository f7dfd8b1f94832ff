using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Families;
using SunoPS.Client.Http;
using SunoPS.Client.Json;

namespace SunoPS.Client.Uploads
{
    /// <summary>
    /// Puts files on the upload host (suno-api.md §4.24): base64 JSON for small files, a multipart stream for large
    /// ones, or a URL the host fetches. Bodies are streamed from disk, so memory stays flat in the file size. An
    /// upload is not a paid submission: it is retried like a read, and each attempt reopens the file.
    /// </summary>
    internal sealed class FileUploader
    {
        /// <summary>The host's own advice: base64 for small files, the stream for anything over 10 MB.</summary>
        public const long StreamAbove = 10L * 1024 * 1024;

        /// <summary>How much of a streamed file is read and sent at a time.</summary>
        private const int StreamChunkBytes = 256 * 1024;

        private readonly ApiTransport _transport;
        private readonly TimeSpan _timeout;

        public FileUploader(ApiTransport transport, TimeSpan timeout)
        {
            _transport = transport;
            _timeout = timeout;
        }

        public async Task<SunoUploadedFile> UploadAsync(SunoUploadRequest request, IProgress<UploadProgress>? progress, CancellationToken cancellationToken)
        {
            var problems = request.Validate();
            if (problems.Count > 0) throw new SunoException(problems);
            return request.Url != null && request.Path == null
                ? await UploadUrlAsync(request, cancellationToken).ConfigureAwait(false)
                : await UploadFileAsync(request, progress, cancellationToken).ConfigureAwait(false);
        }

        private async Task<SunoUploadedFile> UploadFileAsync(SunoUploadRequest request, IProgress<UploadProgress>? progress, CancellationToken cancellationToken)
        {
            var path = request.Path!;
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                throw new SunoException(SunoErrorKind.InvalidRequest, "The file '" + path + "' does not exist.") { Target = path };
            }

            var total = file.Length;
            Action<long> report = sent => progress?.Report(new UploadProgress(sent, total));
            var streamed = total > StreamAbove;
            var fileName = request.FileName ?? file.Name;
            var call = new ApiCall(HttpMethod.Post, streamed ? "api/file-stream-upload" : "api/file-base64-upload")
            {
                Origin = ApiOrigin.Upload,
                Envelope = RecordEnvelope.Upload,
                SpendsCredits = false,
                Target = path,
                Timeout = _timeout,
                Content = streamed
                    ? (Func<HttpContent>)(() => Multipart(path, request.UploadPath, fileName, report))
                    : () => new Base64JsonContent(path, request.UploadPath, fileName, report),
            };

            progress?.Report(new UploadProgress(0, total));
            var data = await _transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
            return Read(data, streamed ? SunoUploadMethod.Stream : SunoUploadMethod.Base64, path);
        }

        private async Task<SunoUploadedFile> UploadUrlAsync(SunoUploadRequest request, CancellationToken cancellationToken)
        {
            var fields = new System.Collections.Generic.SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["fileName"] = request.FileName,
                ["fileUrl"] = request.Url,
                ["uploadPath"] = request.UploadPath,
            };
            var call = new ApiCall(HttpMethod.Post, "api/file-url-upload")
            {
                Origin = ApiOrigin.Upload,
                Envelope = RecordEnvelope.Upload,
                SpendsCredits = false,
                Target = request.Url,
                JsonBody = JsonBody.Write(fields),
            };
            var data = await _transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
            return Read(data, SunoUploadMethod.Url, request.Url);
        }

        private static HttpContent Multipart(string path, string uploadPath, string fileName, Action<long> report)
        {
            // Unbuffered: StreamContent reads in chunks of its own size, and ProgressReadStream reads at once (page cache).
            var stream = new ProgressReadStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), report);
            var file = new StreamContent(stream, StreamChunkBytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(MimeTypes.Of(fileName));
            var form = new MultipartFormDataContent
            {
                { new StringContent(uploadPath), "uploadPath" },
                { new StringContent(fileName), "fileName" },
                { file, "file", fileName },
            };
            return form;
        }

        private SunoUploadedFile Read(JsonElement data, SunoUploadMethod method, string? source)
        {
            var url = JsonValues.NullIfEmpty(JsonValues.String(data, "downloadUrl"));
            if (url == null)
            {
                throw new SunoException(SunoErrorKind.MalformedResponse, "The upload host accepted the file but returned no download URL.")
                    { Target = source };
            }

            var uploadedAt = JsonValues.Time(data, "uploadedAt");
            var size = JsonValues.Number(data, "fileSize");
            return new SunoUploadedFile
            {
                FileName = JsonValues.String(data, "fileName"),
                FilePath = JsonValues.String(data, "filePath"),
                DownloadUrl = url,
                FileSize = size.HasValue ? (long?)size.Value : null,
                MimeType = JsonValues.String(data, "mimeType"),
                UploadedAt = uploadedAt,
                ExpiresAt = (uploadedAt ?? DateTimeOffset.UtcNow) + SunoUploadedFile.Lifetime,
                Method = method,
                Source = source,
            };
        }
    }
}
