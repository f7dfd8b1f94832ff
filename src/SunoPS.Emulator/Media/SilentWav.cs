using System.Buffers.Binary;

namespace SunoPS.Emulator.Media;

/// <summary>
/// Silent 16-bit PCM in a canonical 44-byte RIFF/WAVE header (RIFF, WAVE, a 16-byte "fmt " chunk, then the
/// "data" chunk). The samples are zero, so the body after the header is served from one shared block of
/// zeros: memory stays flat whatever the file size, and any offset can be read (ranges, faults).
/// </summary>
internal static class SilentWav
{
    public const int HeaderBytes = 44;
    public const int BitsPerSample = 16;
    public const string ContentType = "audio/wav";

    private static readonly byte[] Zeros = new byte[64 * 1024];

    public static long DataBytes(long samples, int channels) => samples * channels * (BitsPerSample / 8);

    public static IResponseBody Create(long samples, int sampleRate, int channels)
    {
        var data = DataBytes(samples, channels);
        return new SilentWavBody(BuildHeader(data, sampleRate, channels), HeaderBytes + data);
    }

    internal static byte[] BuildHeader(long dataBytes, int sampleRate, int channels)
    {
        var blockAlign = channels * (BitsPerSample / 8);
        var h = new byte[HeaderBytes];
        var span = h.AsSpan();
        "RIFF"u8.CopyTo(span);
        // RIFF sizes are 32-bit. A file beyond 4 GB (only with a huge [duration:N]) gets the largest value, as
        // streaming encoders write when the length does not fit.
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], Size32(36 + dataBytes));
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], 16);             // fmt chunk size
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], 1);              // PCM
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[28..], (uint)(sampleRate * blockAlign)); // byte rate
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], (ushort)blockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], BitsPerSample);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], Size32(dataBytes));
        return h;
    }

    private static uint Size32(long size) => size > uint.MaxValue ? uint.MaxValue : (uint)size;

    private sealed class SilentWavBody(byte[] header, long length) : IResponseBody
    {
        public long Length => length;

        public ReadOnlyMemory<byte> Read(long offset, int maxCount)
        {
            if (offset < HeaderBytes) return header.AsMemory((int)offset, (int)Math.Min(maxCount, Math.Min(HeaderBytes - offset, length - offset)));
            return Zeros.AsMemory(0, (int)Math.Min(Math.Min(maxCount, Zeros.Length), length - offset));
        }
    }
}
