using static SunoPS.Emulator.Tests.Callbacks.CallbackSources;

namespace SunoPS.Emulator.Tests.Callbacks;

/// <summary>
/// Every submit endpoint of every family hands its task to the dispatcher with the URL it was given, so the rule on
/// hosts is the same everywhere: a placeholder that is not loopback is logged as skipped, under the task's family,
/// and never called.
/// </summary>
public class FamilyCallbackTargetTests
{
    private const string Placeholder = "https://example.com/callback";

    [Fact]
    public async Task Each_familys_submissions_to_a_placeholder_are_skipped_under_their_family()
    {
        await using var emu = await StartAsync();
        var (music, audioIds) = await MusicAsync(emu);
        var ids = new Dictionary<string, string>
        {
            ["lyrics"] = TaskIdOf(await emu.PostJsonAsync("api/v1/lyrics", new { prompt = "The sea", callBackUrl = Placeholder })),
            ["video"] = TaskIdOf(await emu.PostJsonAsync("api/v1/mp4/generate", new { taskId = music, audioId = audioIds[0], callBackUrl = Placeholder })),
            ["coverart"] = TaskIdOf(await emu.PostJsonAsync("api/v1/suno/cover/generate", new { taskId = music, callBackUrl = Placeholder })),
            ["recovery"] = TaskIdOf(await emu.PostJsonAsync("api/v1/suno/recovery", new { sunoTaskId = music, callBackUrl = Placeholder })),
            ["separation"] = TaskIdOf(await emu.PostJsonAsync("api/v1/vocal-removal/generate",
                new { taskId = music, audioId = audioIds[0], type = "split_stem", callBackUrl = Placeholder })),
            ["voicevalidation"] = TaskIdOf(await emu.PostJsonAsync("api/v1/voice/validate",
                new { voiceUrl = "https://recordings.example/me.mp3", vocalStartS = 1, vocalEndS = 9, callBackUrl = Placeholder })),
        };
        emu.State.AdvanceClock(30);
        ids["midi"] = TaskIdOf(await emu.PostJsonAsync("api/v1/midi/generate", new { taskId = ids["separation"], callBackUrl = Placeholder }));
        ids["regenerate"] = TaskIdOf(await emu.PostJsonAsync("api/v1/voice/regenerate", new { taskId = ids["voicevalidation"], calBackUrl = Placeholder }));
        ids["voice"] = TaskIdOf(await emu.PostJsonAsync("api/v1/voice/generate",
            new { taskId = ids["voicevalidation"], verifyUrl = "https://recordings.example/phrase.mp3", callBackUrl = Placeholder }));
        emu.State.AdvanceClock(100);

        foreach (var (family, id) in ids)
        {
            var logged = Assert.Single(emu.State.CallbackDeliveries, d => d.TaskId == id);
            Assert.Equal((family == "regenerate" ? "voicevalidation" : family, "skipped", Placeholder), (logged.Family, logged.Outcome, logged.Url));
            Assert.Empty(logged.Attempts);
            Assert.Null(logged.Body);
        }
    }
}
