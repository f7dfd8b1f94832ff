using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Faults;

/// <summary>The bodies of the hostile faults: answers far bigger than any real one, sent without a length or compressed.</summary>
internal static class HostileBodies
{
    public const long DefaultOversizedBytes = 64L * 1024 * 1024;
    public const long DefaultBombBytes = 1024L * 1024 * 1024;
    private const int ChunkBytes = 64 * 1024;

    private static readonly ConcurrentDictionary<long, Lazy<byte[]>> Bombs = new();

    /// <summary>
    /// Sends <paramref name="length"/> bytes with no Content-Length (chunked), so only a reader that counts can stop
    /// it: MP3 frames on the file host, a JSON envelope padded with one long string elsewhere.
    /// </summary>
    public static async Task SendUnsizedAsync(HttpContext context, int status, long length, bool isFile)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = isFile ? "audio/mpeg" : ApiResponses.JsonContentType;
        var body = isFile ? SilentMp3.Create(Math.Max(1, length / SilentMp3.FrameBytes(128)), 128) : PaddedJson(length);
        var cancel = context.RequestAborted;
        for (long sent = 0; sent < body.Length;)
        {
            var chunk = body.Read(sent, (int)Math.Min(ChunkBytes, body.Length - sent));
            await response.Body.WriteAsync(chunk, cancel);
            sent += chunk.Length;
        }
    }

    /// <summary>A valid envelope that inflates to <paramref name="inflatedBytes"/>: leading white space, then the JSON. Built once per size.</summary>
    public static byte[] GzipBomb(long inflatedBytes) => Bombs.GetOrAdd(inflatedBytes, size => new Lazy<byte[]>(() =>
    {
        var tail = ApiResponses.Envelope(200, "success");
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var left = Math.Max(0, size - tail.Length); left > 0; left -= spaces.Length)
            {
                gzip.Write(spaces, 0, (int)Math.Min(spaces.Length, left));
            }

            gzip.Write(tail);
        }

        return packed.ToArray();
    })).Value;

    private static IResponseBody PaddedJson(long length) => new PaddedJsonBody(length);

    /// <summary>{"code":200,"msg":"success","data":{"pad":"aaaa…"}} of a given length, produced slice by slice.</summary>
    private sealed class PaddedJsonBody(long length) : IResponseBody
    {
        private static readonly byte[] Head = Encoding.UTF8.GetBytes("{\"code\":200,\"msg\":\"success\",\"data\":{\"pad\":\"");
        private static readonly byte[] Tail = Encoding.UTF8.GetBytes("\"}}");

        public long Length { get; } = Math.Max(length, Head.Length + Tail.Length);

        public ReadOnlyMemory<byte> Read(long offset, int maxCount)
        {
            var count = (int)Math.Min(maxCount, Length - offset);
            var slice = new byte[count];
            for (var i = 0; i < count; i++)
            {
                var at = offset + i;
                slice[i] = at < Head.Length ? Head[at] : at >= Length - Tail.Length ? Tail[at - (Length - Tail.Length)] : (byte)'a';
            }

            return slice;
        }
    }
}
