namespace SunoPS.Emulator.Tests.Support;

/// <summary>Walks an MP3 byte stream frame by frame, checking each MPEG-1 Layer III header (written for these tests).</summary>
internal static class Mp3Frames
{
    private static readonly int[] BitratesKbps = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
    private static readonly int[] SampleRates = [44100, 48000, 32000];

    /// <summary>Frame count and total seconds; throws when a header is invalid or the last frame is cut.</summary>
    public static (int Frames, double Seconds) Count(byte[] data)
    {
        int offset = 0, frames = 0;
        double seconds = 0;
        while (offset < data.Length)
        {
            if (data.Length - offset < 4) throw new InvalidDataException($"Stray {data.Length - offset} bytes at {offset}.");
            var h = data.AsSpan(offset, 4);
            if (h[0] != 0xFF || (h[1] & 0xE0) != 0xE0) throw new InvalidDataException($"No frame sync at {offset}.");
            if ((h[1] & 0x18) != 0x18) throw new InvalidDataException($"Not MPEG-1 at {offset}.");
            if ((h[1] & 0x06) != 0x02) throw new InvalidDataException($"Not Layer III at {offset}.");
            var bitrateIndex = h[2] >> 4;
            var rateIndex = (h[2] >> 2) & 0x3;
            if (bitrateIndex is 0 or 15 || rateIndex == 3) throw new InvalidDataException($"Bad bit rate or sample rate at {offset}.");
            var padding = (h[2] >> 1) & 1;
            var sampleRate = SampleRates[rateIndex];
            var size = 144 * BitratesKbps[bitrateIndex] * 1000 / sampleRate + padding;
            if (offset + size > data.Length) throw new InvalidDataException($"Frame at {offset} is cut off.");
            offset += size;
            frames++;
            seconds += 1152.0 / sampleRate;
        }

        return (frames, seconds);
    }
}
