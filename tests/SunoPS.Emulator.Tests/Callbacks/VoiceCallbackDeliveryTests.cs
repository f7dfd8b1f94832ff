using System.Text.Json;
using SunoPS.Emulator.Tests.Support;
using static SunoPS.Emulator.Tests.Callbacks.CallbackSources;

namespace SunoPS.Emulator.Tests.Callbacks;

/// <summary>
/// The voice callbacks (suno-api.md §6.8): a validation's (and a regeneration's, to its calBackUrl) with the phrase, a
/// voice's with its voiceId, and their failures.
/// </summary>
public class VoiceCallbackDeliveryTests
{
    private const string Recording = "https://recordings.example/voice.mp3";

    private static async Task<string> ValidateAsync(RunningEmulator emu, string url, string voiceUrl = Recording) =>
        TaskIdOf(await emu.PostJsonAsync("api/v1/voice/validate", new { voiceUrl, vocalStartS = 1, vocalEndS = 9, language = "en", callBackUrl = url }));

    private static Task<JsonElement> ValidationAsync(RunningEmulator emu, string id) => RecordAsync(emu, $"api/v1/voice/validate-info?taskId={id}");

    [Fact]
    public async Task A_validation_posts_its_phrase_once_it_is_ready_and_a_regeneration_posts_the_next_one_to_its_calBackUrl()
    {
        await using var listener = new CallbackListener();
        await using var regenerated = new CallbackListener();
        await using var emu = await StartAsync();
        var id = await ValidateAsync(emu, listener.Url);
        emu.State.AdvanceClock(8); // processing
        await Task.Delay(100);
        Assert.Null(listener.TryNext());
        emu.State.AdvanceClock(1);

        var json = (await listener.NextAsync()).Json;
        Assert.Equal((200, "success"), (json.GetProperty("code").GetInt32(), json.GetProperty("msg").GetString()));
        var data = json.GetProperty("data");
        Assert.Equal(["taskId", "validateInfo", "status", "errorCode", "errorMessage"], Names(data));
        Assert.Equal((id, "wait_validating", 0, ""),
            (data.GetProperty("taskId").GetString(), data.GetProperty("status").GetString(), data.GetProperty("errorCode").GetInt32(), data.GetProperty("errorMessage").GetString()));
        Assert.True(SameJson(await ValidationAsync(emu, id), data));
        var phrase = data.GetProperty("validateInfo").GetString();
        Assert.False(string.IsNullOrEmpty(phrase));
        var logged = await LoggedAsync(emu, id);
        Assert.Equal(("voicevalidation", "complete", "delivered"), (logged.Family, logged.Stage, logged.Outcome));

        var again = TaskIdOf(await emu.PostJsonAsync("api/v1/voice/regenerate", new { taskId = id, calBackUrl = regenerated.Url }));
        emu.State.AdvanceClock(9);
        var next = (await regenerated.NextAsync()).Json.GetProperty("data");
        Assert.Equal(["taskId", "validateInfo", "status", "errorCode", "errorMessage"], Names(next)); // the validation's shape
        Assert.Equal((again, "wait_validating"), (next.GetProperty("taskId").GetString(), next.GetProperty("status").GetString()));
        Assert.NotEqual(phrase, next.GetProperty("validateInfo").GetString());
        Assert.Null(listener.TryNext()); // the first URL is not called for the regeneration
    }

    [Fact]
    public async Task A_voice_posts_its_voice_id_and_a_mismatched_recording_posts_the_documented_failure()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var validation = await ValidateAsync(emu, "https://example.com/validation");
        emu.State.AdvanceClock(9);

        var voice = TaskIdOf(await emu.PostJsonAsync("api/v1/voice/generate",
            new { taskId = validation, verifyUrl = "https://recordings.example/verify.mp3", voiceName = "Mine", callBackUrl = listener.Url }));
        emu.State.AdvanceClock(9);
        var json = (await listener.NextAsync()).Json;
        Assert.Equal((200, "success"), (json.GetProperty("code").GetInt32(), json.GetProperty("msg").GetString()));
        var data = json.GetProperty("data");
        Assert.Equal(["taskId", "voiceId", "status", "errorCode", "errorMessage"], Names(data));
        Assert.Equal((voice, "success", 0), (data.GetProperty("taskId").GetString(), data.GetProperty("status").GetString(), data.GetProperty("errorCode").GetInt32()));
        Assert.True(SameJson(await RecordAsync(emu, $"api/v1/voice/record-info?taskId={voice}"), data));
        Assert.StartsWith("voice_", data.GetProperty("voiceId").GetString());

        var mismatch = TaskIdOf(await emu.PostJsonAsync("api/v1/voice/generate",
            new { taskId = validation, verifyUrl = "https://recordings.example/voice-mismatch.mp3", callBackUrl = listener.Url }));
        emu.State.AdvanceClock(9);
        json = (await listener.NextAsync()).Json;
        Assert.Equal((400, "Voice generation failed"), (json.GetProperty("code").GetInt32(), json.GetProperty("msg").GetString()));
        data = json.GetProperty("data");
        Assert.Equal((mismatch, "", "fail", 500, "Verification audio did not match the validation phrase"),
            (data.GetProperty("taskId").GetString(), data.GetProperty("voiceId").GetString(), data.GetProperty("status").GetString(),
             data.GetProperty("errorCode").GetInt32(), data.GetProperty("errorMessage").GetString()));
        var logged = await LoggedAsync(emu, mismatch);
        Assert.Equal(("voice", "error"), (logged.Family, logged.Stage));
    }

    [Fact]
    public async Task A_validation_that_finds_no_singing_posts_processing_validate_fail()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var id = await ValidateAsync(emu, listener.Url, "https://recordings.example/voice-fail.mp3");
        emu.State.AdvanceClock(9);

        var json = (await listener.NextAsync()).Json;
        Assert.Equal((400, "Voice validation failed"), (json.GetProperty("code").GetInt32(), json.GetProperty("msg").GetString()));
        var data = json.GetProperty("data");
        Assert.Equal(("processing_validate_fail", 500, ""), (data.GetProperty("status").GetString(), data.GetProperty("errorCode").GetInt32(), data.GetProperty("validateInfo").GetString()));
        Assert.True(SameJson(await ValidationAsync(emu, id), data));
    }
}
