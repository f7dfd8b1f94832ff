using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Http;

/// <summary>
/// Writes every response body of the emulator: status, length, optional byte ranges and HEAD, and the
/// shaping a fault asked for (truncate, slow). Bodies are streamed in slices, never buffered whole.
/// </summary>
internal static class BodySender
{
    private const int ChunkBytes = 64 * 1024;

    public static async Task SendAsync(HttpContext context, int status, string contentType, IResponseBody body,
        bool acceptRanges = false, string? etag = null)
    {
        var request = context.Request;
        var response = context.Response;
        long offset = 0, count = body.Length;

        if (acceptRanges)
        {
            response.Headers.AcceptRanges = "bytes";
            if (etag is not null) response.Headers.ETag = etag;
            var rangeHeader = request.Headers.Range.ToString();
            var ifRange = request.Headers.IfRange.ToString();
            if (rangeHeader.Length > 0 && (ifRange.Length == 0 || ifRange == etag))
            {
                var range = ByteRange.Parse(rangeHeader, body.Length, out var unsatisfiable);
                if (unsatisfiable)
                {
                    response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
                    response.Headers.ContentRange = $"bytes */{body.Length}";
                    response.ContentLength = 0;
                    return;
                }

                if (range is { } r)
                {
                    status = StatusCodes.Status206PartialContent;
                    offset = r.Start;
                    count = r.Length;
                    response.Headers.ContentRange = string.Create(CultureInfo.InvariantCulture, $"bytes {r.Start}-{r.End}/{body.Length}");
                }
            }
        }

        var shaping = ResponseShaping.Of(context);
        response.StatusCode = status;
        response.ContentType = shaping?.ContentType ?? contentType;
        response.ContentLength = count;
        if (HttpMethods.IsHead(request.Method)) return;

        var limit = shaping?.TruncateAfterBytes is { } cut ? Math.Min(cut, count) : count;
        var cancel = context.RequestAborted;

        if (shaping?.BytesPerSecond is { } rate)
            await WritePacedAsync(response.Body, body, offset, limit, rate, cancel);
        else
            await WriteAsync(response.Body, body, offset, limit, cancel);

        if (limit < count)
        {
            // The declared length was not met: flush what was sent, then end the request. Kestrel closes the
            // connection after the flushed bytes (an abort here could drop them before they leave).
            await response.Body.FlushAsync(cancel);
        }
    }

    private static async Task WriteAsync(Stream destination, IResponseBody body, long offset, long count, CancellationToken cancel)
    {
        var end = offset + count;
        while (offset < end)
        {
            var chunk = body.Read(offset, (int)Math.Min(ChunkBytes, end - offset));
            await destination.WriteAsync(chunk, cancel);
            offset += chunk.Length;
        }
    }

    /// <summary>Sends small slices on a schedule so the average rate stays at <paramref name="bytesPerSecond"/>.</summary>
    private static async Task WritePacedAsync(Stream destination, IResponseBody body, long offset, long count, long bytesPerSecond, CancellationToken cancel)
    {
        var slice = (int)Math.Clamp(bytesPerSecond / 20, 1, ChunkBytes);
        var started = Stopwatch.GetTimestamp();
        long sent = 0;
        while (sent < count)
        {
            var chunk = body.Read(offset + sent, (int)Math.Min(slice, count - sent));
            await destination.WriteAsync(chunk, cancel);
            await destination.FlushAsync(cancel);
            sent += chunk.Length;
            var due = TimeSpan.FromSeconds((double)sent / bytesPerSecond) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero) await Task.Delay(due, cancel);
        }
    }

    /// <summary>The emulator's ETag for a generated file: it never changes while the file exists.</summary>
    public static string EtagFor(string name, long length) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{name}-{length}\"");
}
