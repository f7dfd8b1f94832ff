using System.Text.Json;
using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Families.Music;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Tests.Music;

/// <summary>The error callback of a task whose audio fails carries code 501 and its message, whatever its times.</summary>
public class FailureCallbackTests
{
    [Theory]
    [InlineData(0.1, 4.0)] // (0.1 + 4.0) − 0.1 rounds to just under 4.0: read at its own time, the task was still TEXT_SUCCESS
    [InlineData(12.5, 30)]
    public void An_audio_failure_callback_says_501(double createdAt, double firstAt)
    {
        var task = new MusicTask("t1", new TaskDraft("{}", "V5", false, false, "[fail]", null, null), "chirp-v5", createdAt, 0,
            new TaskTimeline(firstAt / 2, firstAt, firstAt * 4), TaskOutcome.AudioFailed, []);
        var error = MusicCallbacks.StagesOf(task).Single(s => s.Name == CallbackStage.Error);

        using var body = JsonDocument.Parse(MusicCallbacks.Render(task, error, new FileUrls(new Uri("http://127.0.0.1:1/"))));

        Assert.Equal(501, body.RootElement.GetProperty("code").GetInt32());
        Assert.Equal("Audio generation failed", body.RootElement.GetProperty("msg").GetString());
    }
}
