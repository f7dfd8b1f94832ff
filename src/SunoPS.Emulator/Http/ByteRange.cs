using System.Globalization;

namespace SunoPS.Emulator.Http;

/// <summary>A single byte range from a Range header ("bytes=a-b", "bytes=a-", "bytes=-n").</summary>
internal readonly record struct ByteRange(long Start, long Length)
{
    public long End => Start + Length - 1;

    /// <summary>
    /// Null when there is no usable single range (absent, malformed or several ranges: the whole body is sent,
    /// as RFC 9110 allows); <paramref name="unsatisfiable"/> when it lies beyond the body.
    /// </summary>
    public static ByteRange? Parse(string? header, long bodyLength, out bool unsatisfiable)
    {
        unsatisfiable = false;
        if (string.IsNullOrWhiteSpace(header)) return null;
        var value = header.Trim();
        if (!value.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase)) return null;
        var spec = value["bytes=".Length..].Trim();
        if (spec.Contains(',')) return null;
        var dash = spec.IndexOf('-');
        if (dash < 0) return null;
        var first = spec[..dash].Trim();
        var last = spec[(dash + 1)..].Trim();

        if (first.Length == 0)
        {
            // Suffix range: the last n bytes.
            if (!TryParse(last, out var suffix)) return null;
            if (suffix == 0 || bodyLength == 0) { unsatisfiable = true; return null; }
            var n = Math.Min(suffix, bodyLength);
            return new ByteRange(bodyLength - n, n);
        }

        if (!TryParse(first, out var start)) return null;
        var end = bodyLength - 1;
        if (last.Length > 0)
        {
            if (!TryParse(last, out end) || end < start) return null;
            end = Math.Min(end, bodyLength - 1);
        }

        if (start >= bodyLength) { unsatisfiable = true; return null; }
        return new ByteRange(start, end - start + 1);
    }

    private static bool TryParse(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
