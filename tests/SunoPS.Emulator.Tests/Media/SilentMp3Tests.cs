using SunoPS.Emulator.Media;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Media;

public class SilentMp3Tests
{
    [Theory]
    [InlineData(32, 96)]
    [InlineData(128, 384)]
    [InlineData(320, 960)]
    public void A_frame_is_one_valid_MPEG1_Layer3_frame_of_24_ms(int kbps, int expectedBytes)
    {
        var frame = SilentMp3.BuildFrame(kbps);

        Assert.Equal(expectedBytes, frame.Length);
        var (frames, seconds) = Mp3Frames.Count(frame);
        Assert.Equal(1, frames);
        Assert.Equal(0.024, seconds, 9);
    }

    [Fact]
    public void A_body_read_in_uneven_slices_is_a_whole_number_of_frames()
    {
        var body = SilentMp3.Create(1000, 128);
        var bytes = new List<byte>();
        var sizes = new[] { 1, 383, 70000, 5, 12345 };
        for (var i = 0; bytes.Count < body.Length; i++)
            bytes.AddRange(body.Read(bytes.Count, sizes[i % sizes.Length]).ToArray());

        Assert.Equal(384_000, body.Length);
        var (frames, seconds) = Mp3Frames.Count(bytes.ToArray());
        Assert.Equal(1000, frames);
        Assert.Equal(24.0, seconds, 6);
    }

    [Fact]
    public void A_large_body_is_generated_without_holding_it_in_memory()
    {
        SilentMp3.Create(1, 320); // warm the shared block
        var before = GC.GetAllocatedBytesForCurrentThread();

        var body = SilentMp3.Create(250_000, 320); // 240 MB
        long read = 0;
        while (read < body.Length) read += body.Read(read, 64 * 1024).Length;

        Assert.Equal(240_000_000, read);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000);
    }
}
