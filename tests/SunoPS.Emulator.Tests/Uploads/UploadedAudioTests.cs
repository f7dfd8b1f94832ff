using SunoPS.Emulator.Tests.Support;
using SunoPS.Emulator.Uploads;

namespace SunoPS.Emulator.Tests.Uploads;

public class UploadedAudioTests
{
    [Theory]
    [InlineData(12.0)]
    [InlineData(61.2)]
    public void An_mp3s_length_is_its_frames(double seconds)
    {
        Assert.Equal(seconds, UploadedAudio.Mp3Seconds(new MemoryStream(AudioBytes.Mp3(seconds)))!.Value, 2);
        Assert.Equal(seconds, UploadedAudio.Mp3Seconds(new MemoryStream(AudioBytes.TaggedMp3(seconds)))!.Value, 2);
    }

    [Fact]
    public void A_wavs_length_is_its_data_over_its_byte_rate()
    {
        Assert.Equal(7.5, UploadedAudio.WavSeconds(new MemoryStream(AudioBytes.Wav(7.5, 8000, 2)))!.Value, 3);
        Assert.Null(UploadedAudio.WavSeconds(new MemoryStream(AudioBytes.Mp3(1))));
    }

    [Fact]
    public void Other_bytes_have_no_known_length()
    {
        var noise = new byte[4096];
        new Random(1).NextBytes(noise);
        noise[0] = 0;
        Assert.Null(UploadedAudio.Mp3Seconds(new MemoryStream(noise)));
        Assert.Null(UploadedAudio.WavSeconds(new MemoryStream(noise)));
    }
}
