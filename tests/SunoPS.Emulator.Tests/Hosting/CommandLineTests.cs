using SunoPS.Emulator.Hosting;

namespace SunoPS.Emulator.Tests.Hosting;

public class CommandLineTests
{
    [Fact]
    public void Options_and_flags_are_parsed()
    {
        var command = CommandLine.Parse(
        [
            "--port", "5001", "--files-port=5002", "--uploads-port", "5003", "--any-key", "--speed", "60", "--credits", "42", "--read-limit", "7",
            "--generate-limit", "3", "--http-status-errors", "--track-seconds", "12.5", "--text-seconds", "1",
            "--first-seconds", "2", "--complete-seconds", "3", "--verbose", "--exit-on-stdin-close",
            "--wav-seconds", "4.5", "--wav-sample-rate=8000", "--wav-channels", "1",
            "--text-spread", "4", "--first-spread=10", "--complete-spread", "60", "--split-stems", "12",
        ]);

        var o = command.Options;
        Assert.Equal((5001, 5002, 5003), (o.ApiPort, o.FilesPort, o.UploadsPort));
        Assert.Null(o.ApiKey);
        Assert.Equal(60, o.ClockSpeed);
        Assert.Equal(42, o.InitialCredits);
        Assert.Equal((7, 3), (o.ReadLimitPerSecond, o.GenerateLimit));
        Assert.True(o.ErrorsAsHttpStatus);
        Assert.Equal(12.5, o.DefaultTrackSeconds);
        Assert.Equal((1.0, 2.0, 3.0), (o.TextStageSeconds, o.FirstStageSeconds, o.CompleteStageSeconds));
        Assert.Equal((4.5, 8000, 1), (o.WavSeconds, o.WavSampleRate, o.WavChannels));
        Assert.Equal((4.0, 10.0, 60.0), (o.TextStageSpreadSeconds, o.FirstStageSpreadSeconds, o.CompleteStageSpreadSeconds));
        Assert.Equal(12, o.SplitStemCount);
        Assert.True(command.Verbose);
        Assert.True(command.ExitOnStdinClose);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--port")]
    [InlineData("--speed", "fast")]
    public void Bad_arguments_are_reported(params string[] args)
    {
        Assert.Throws<FormatException>(() => CommandLine.Parse(args));
    }
}
