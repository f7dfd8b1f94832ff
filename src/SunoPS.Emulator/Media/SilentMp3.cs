using System.Collections.Concurrent;

namespace SunoPS.Emulator.Media;

/// <summary>
/// Silent MPEG-1 Layer III CBR audio at 48 kHz: every frame is a valid 4-byte header followed by
/// zeroed side information and main data, which decoders play as silence. At 48 kHz each frame is
/// 1152 samples = 24 ms and its size is a whole number of bytes at every bit rate (no padding).
/// </summary>
internal static class SilentMp3
{
    public const int SampleRate = 48000;
    public const int SamplesPerFrame = 1152;
    public const double SecondsPerFrame = (double)SamplesPerFrame / SampleRate; // 0.024

    // MPEG-1 Layer III bit-rate table; the index is what goes into the header.
    private static readonly int[] BitratesKbps = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];

    // One block of whole frames per bit rate, about 64 KB, so a body is served as slices of it.
    private static readonly ConcurrentDictionary<int, byte[]> Blocks = new();

    public static bool IsSupportedBitrate(int kbps) => kbps > 0 && Array.IndexOf(BitratesKbps, kbps) > 0;

    public static int FrameBytes(int kbps) => 144 * kbps * 1000 / SampleRate;

    public static IResponseBody Create(long frames, int kbps) =>
        new SilentMp3Body(frames * FrameBytes(kbps), Blocks.GetOrAdd(kbps, BuildBlock));

    internal static byte[] BuildFrame(int kbps)
    {
        var index = Array.IndexOf(BitratesKbps, kbps);
        if (index <= 0) throw new ArgumentOutOfRangeException(nameof(kbps));
        var frame = new byte[FrameBytes(kbps)];
        frame[0] = 0xFF;                       // sync (11 bits of 1)…
        frame[1] = 0xFB;                       // …MPEG-1, Layer III, no CRC
        frame[2] = (byte)((index << 4) | (1 << 2)); // bit-rate index, 48 kHz, no padding, private 0
        frame[3] = 0xC4;                       // mono, no mode extension, not copyrighted, original, no emphasis
        return frame;                          // side info (17 bytes for mono) and main data stay zero: silence
    }

    private static byte[] BuildBlock(int kbps)
    {
        var frame = BuildFrame(kbps);
        var framesPerBlock = Math.Max(1, 65536 / frame.Length);
        var block = new byte[frame.Length * framesPerBlock];
        for (var i = 0; i < framesPerBlock; i++) frame.CopyTo(block, i * frame.Length);
        return block;
    }

    /// <summary>Because the block holds whole frames, file offset p maps to block offset p mod block length.</summary>
    private sealed class SilentMp3Body(long length, byte[] block) : IResponseBody
    {
        public long Length => length;

        public ReadOnlyMemory<byte> Read(long offset, int maxCount)
        {
            var start = (int)(offset % block.Length);
            var count = (int)Math.Min(Math.Min(maxCount, block.Length - start), length - offset);
            return block.AsMemory(start, count);
        }
    }
}
