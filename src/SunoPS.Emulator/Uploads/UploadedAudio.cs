using System.Buffers.Binary;

namespace SunoPS.Emulator.Uploads;

/// <summary>
/// The length of an uploaded audio file, which upload-cover, upload-extend and replace-section check
/// (suno-api.md §3.2: at most 8 minutes, 1 minute for V4_5ALL). Reads a RIFF/WAVE header (data size ÷ byte
/// rate) or walks the MPEG audio frames of an MP3 (after an ID3v2 tag). Anything else: null (unknown).
/// </summary>
internal static class UploadedAudio
{
    private static readonly int[] Mpeg1Layer3Kbps = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
    private static readonly int[] Mpeg2Layer3Kbps = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
    private static readonly int[] Mpeg1Rates = [44100, 48000, 32000];

    public static double? DurationSeconds(string diskPath)
    {
        try
        {
            using var stream = new FileStream(diskPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024);
            return WavSeconds(stream) ?? Mp3Seconds(stream);
        }
        catch (IOException)
        {
            return null;
        }
    }

    internal static double? WavSeconds(Stream stream)
    {
        stream.Position = 0;
        Span<byte> head = stackalloc byte[12];
        if (stream.ReadAtLeast(head, 12, throwOnEndOfStream: false) < 12 || !head[..4].SequenceEqual("RIFF"u8) || !head[8..12].SequenceEqual("WAVE"u8)) return null;

        uint byteRate = 0;
        Span<byte> chunk = stackalloc byte[8];
        Span<byte> fmt = stackalloc byte[16];
        while (stream.ReadAtLeast(chunk, 8, throwOnEndOfStream: false) == 8)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            if (chunk[..4].SequenceEqual("fmt "u8) && size >= 16)
            {
                if (stream.ReadAtLeast(fmt, 16, throwOnEndOfStream: false) < 16) return null;
                byteRate = BinaryPrimitives.ReadUInt32LittleEndian(fmt[8..]);
                stream.Seek(size - 16 + (size & 1), SeekOrigin.Current);
            }
            else if (chunk[..4].SequenceEqual("data"u8))
            {
                if (byteRate == 0) return null;
                // A streaming writer leaves the size at its maximum: then the rest of the file is the data.
                var data = size == uint.MaxValue ? stream.Length - stream.Position : Math.Min(size, stream.Length - stream.Position);
                return Math.Round((double)data / byteRate, 3);
            }
            else
            {
                stream.Seek(size + (size & 1), SeekOrigin.Current);
            }
        }

        return null;
    }

    internal static double? Mp3Seconds(Stream stream)
    {
        stream.Position = 0;
        Span<byte> header = stackalloc byte[10];
        if (stream.ReadAtLeast(header, 10, throwOnEndOfStream: false) < 10) return null;
        long position = 0;
        if (header[..3].SequenceEqual("ID3"u8))
            position = 10 + ((header[6] & 0x7F) << 21 | (header[7] & 0x7F) << 14 | (header[8] & 0x7F) << 7 | (header[9] & 0x7F));

        double seconds = 0;
        long frames = 0;
        Span<byte> frame = stackalloc byte[4];
        while (true)
        {
            stream.Position = position;
            if (stream.ReadAtLeast(frame, 4, throwOnEndOfStream: false) < 4) break;
            if (!TryReadFrame(frame, out var length, out var frameSeconds) || position + length > stream.Length) break;
            seconds += frameSeconds;
            frames++;
            position += length;
        }

        return frames == 0 ? null : Math.Round(seconds, 3);
    }

    /// <summary>An MPEG Layer III frame header: its length in bytes and the seconds it plays.</summary>
    private static bool TryReadFrame(ReadOnlySpan<byte> h, out int length, out double seconds)
    {
        length = 0;
        seconds = 0;
        if (h[0] != 0xFF || (h[1] & 0xE0) != 0xE0) return false;
        var version = (h[1] >> 3) & 3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
        var layer = (h[1] >> 1) & 3;   // 1 = Layer III
        if (version == 1 || layer != 1) return false;
        var bitrateIndex = h[2] >> 4;
        var rateIndex = (h[2] >> 2) & 3;
        if (bitrateIndex is 0 or 15 || rateIndex == 3) return false;
        var padding = (h[2] >> 1) & 1;
        var mpeg1 = version == 3;
        var kbps = (mpeg1 ? Mpeg1Layer3Kbps : Mpeg2Layer3Kbps)[bitrateIndex];
        var rate = Mpeg1Rates[rateIndex] / (mpeg1 ? 1 : version == 2 ? 2 : 4);
        var samples = mpeg1 ? 1152 : 576;
        length = samples / 8 * kbps * 1000 / rate + padding;
        seconds = (double)samples / rate;
        return length > 4;
    }
}
