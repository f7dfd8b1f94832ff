using SunoPS.Emulator.Hosting;

namespace SunoPS.Emulator.Tests.Callbacks;

public class CallbackOptionsTests
{
    [Fact]
    public void Callbacks_go_to_loopback_hosts_only_unless_the_command_line_allows_any()
    {
        var defaults = CommandLine.Parse([]).Options;
        Assert.False(defaults.CallbacksToAnyHost);
        Assert.Equal(2, defaults.CallbackRetrySeconds);

        var o = CommandLine.Parse(["--callbacks-any-host", "--callback-retry-seconds", "0.5"]).Options;
        Assert.True(o.CallbacksToAnyHost);
        Assert.Equal(0.5, o.CallbackRetrySeconds);
        Assert.Contains("--callbacks-any-host", CommandLine.Usage);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/hook", false, null)]
    [InlineData("http://127.8.9.10/hook", false, null)]
    [InlineData("http://localhost/hook", false, null)]
    [InlineData("http://[::1]:8080/hook", false, null)]
    [InlineData("https://example.com/callback", false, "loopback")]
    [InlineData("https://example.com/callback", true, null)]
    [InlineData("ftp://127.0.0.1/hook", true, "http")]
    [InlineData("not a url", true, "http")]
    [InlineData(null, false, "http")]
    public void Which_urls_may_be_called(string? url, bool anyHost, string? refusalMentions)
    {
        // Checked without calling anything: a test never reaches a host outside this machine.
        var refusal = SunoPS.Emulator.Callbacks.CallbackTarget.RefusalOf(url, anyHost, out _);
        if (refusalMentions is null) Assert.Null(refusal);
        else Assert.Contains(refusalMentions, refusal);
    }

    [Fact]
    public void A_negative_retry_delay_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EmulatorOptions { CallbackRetrySeconds = -1 }.Validate());
    }
}
