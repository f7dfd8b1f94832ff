using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Tests.Support;

/// <summary>Real MP3 and WAV files of a chosen length, to upload (the emulator reads their durations back).</summary>
internal static class AudioBytes
{
    public static byte[] Mp3(double seconds, int kbps = 32) => Read(SilentMp3.Create((long)Math.Round(seconds / SilentMp3.SecondsPerFrame), kbps));

    /// <summary>An MP3 behind an ID3v2 tag, as taggers write them.</summary>
    public static byte[] TaggedMp3(double seconds)
    {
        var tag = new byte[10 + 200];
        "ID3"u8.CopyTo(tag);
        tag[3] = 4;
        tag[8] = 1;
        tag[9] = 72; // syncsafe size: 1 × 128 + 72 = 200
        return [.. tag, .. Mp3(seconds)];
    }

    public static byte[] Wav(double seconds, int sampleRate = 8000, int channels = 1) =>
        Read(SilentWav.Create((long)Math.Round(seconds * sampleRate), sampleRate, channels));

    private static byte[] Read(IResponseBody body)
    {
        var bytes = new byte[body.Length];
        long offset = 0;
        while (offset < body.Length)
        {
            var chunk = body.Read(offset, (int)Math.Min(65536, body.Length - offset));
            chunk.Span.CopyTo(bytes.AsSpan((int)offset));
            offset += chunk.Length;
        }

        return bytes;
    }
}
