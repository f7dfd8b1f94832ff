using SunoPS.Emulator.Media;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Media;

public class SilentWavTests
{
    [Fact]
    public void The_body_reads_the_same_bytes_in_any_slices()
    {
        var body = SilentWav.Create(samples: 50_000, sampleRate: 44100, channels: 2);
        Assert.Equal(44 + 200_000, body.Length);

        var whole = ReadAll(body, 1 << 20);
        Assert.Equal(whole, ReadAll(body, 7)); // slices that straddle the header's end
        var header = WavHeader.Parse(whole);
        Assert.Equal(200_000u, header.DataSize);
        Assert.Equal(176_400u, header.ByteRate);
    }

    [Fact]
    public void A_file_too_large_for_riff_sizes_gets_the_largest_value()
    {
        var header = SilentWav.BuildHeader(dataBytes: 5_000_000_000, sampleRate: 44100, channels: 2);
        Assert.Equal(uint.MaxValue, BitConverter.ToUInt32(header, 4));
        Assert.Equal(uint.MaxValue, BitConverter.ToUInt32(header, 40));
    }

    private static byte[] ReadAll(IResponseBody body, int slice)
    {
        var result = new List<byte>();
        for (long offset = 0; offset < body.Length;)
        {
            var chunk = body.Read(offset, slice);
            Assert.False(chunk.IsEmpty);
            result.AddRange(chunk.ToArray());
            offset += chunk.Length;
        }

        return result.ToArray();
    }
}
