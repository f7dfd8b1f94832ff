using System;
using System.Buffers.Text;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace SunoPS.Client.Uploads
{
    /// <summary>
    /// The JSON body of a base64 upload, encoded from the file as it is sent: memory stays flat whatever the size,
    /// and the length is known ahead (no chunked encoding), so progress and Content-Length are exact.
    /// </summary>
    internal sealed class Base64JsonContent : HttpContent
    {
        // A multiple of 3, so every chunk encodes without padding except the last.
        private const int ChunkBytes = 3 * 32 * 1024;

        private readonly string _path;
        private readonly byte[] _head;
        private readonly byte[] _tail;
        private readonly long _fileLength;
        private readonly Action<long>? _report;

        public Base64JsonContent(string path, string uploadPath, string? fileName, Action<long>? report)
        {
            _path = path;
            _report = report;
            _fileLength = new FileInfo(path).Length;
            _head = Encoding.UTF8.GetBytes("{\"base64Data\":\"");
            var rest = new StringBuilder("\"");
            if (fileName != null) rest.Append(",\"fileName\":").Append(JsonSerializer.Serialize(fileName));
            rest.Append(",\"uploadPath\":").Append(JsonSerializer.Serialize(uploadPath)).Append('}');
            _tail = Encoding.UTF8.GetBytes(rest.ToString());
            Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(_head, 0, _head.Length).ConfigureAwait(false);
            var buffer = new byte[ChunkBytes];
            var encoded = new byte[ChunkBytes / 3 * 4];
            long sent = 0;
            // Read synchronously, unbuffered: a read from the page cache costs less done at once than handed to
            // another thread and awaited, and each chunk fills the read buffer whole.
            using (var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
            {
                while (true)
                {
                    var filled = 0;
                    int n;
                    while (filled < buffer.Length && (n = file.Read(buffer, filled, buffer.Length - filled)) > 0) filled += n;
                    if (filled == 0) break;
                    var last = filled < buffer.Length;
                    Base64.EncodeToUtf8(new ReadOnlySpan<byte>(buffer, 0, filled), encoded, out _, out var written, isFinalBlock: true);
                    await stream.WriteAsync(encoded, 0, written).ConfigureAwait(false);
                    sent += filled;
                    _report?.Invoke(sent);
                    if (last) break;
                }
            }

            await stream.WriteAsync(_tail, 0, _tail.Length).ConfigureAwait(false);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _head.Length + (_fileLength + 2) / 3 * 4 + _tail.Length;
            return true;
        }
    }
}
