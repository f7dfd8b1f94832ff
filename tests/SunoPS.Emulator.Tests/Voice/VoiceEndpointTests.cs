using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Voice;

/// <summary>The voice endpoints (suno-api.md §4.23) over HTTP, with their own spellings: calBackUrl, task_id.</summary>
public class VoiceEndpointTests
{
    private const string Recording = "https://files.example/voice.mp3";

    private static object ValidateBody(object start, object end, string? language = "en") =>
        new { voiceUrl = Recording, vocalStartS = start, vocalEndS = end, language, callBackUrl = "https://example.com/c" };

    private static async Task<JsonElement> ValidationAsync(RunningEmulator emu, string taskId) =>
        (await emu.GetJsonAsync($"api/v1/voice/validate-info?taskId={taskId}")).GetProperty("data");

    private static async Task<JsonElement> VoiceAsync(RunningEmulator emu, string taskId) =>
        (await emu.GetJsonAsync($"api/v1/voice/record-info?taskId={taskId}")).GetProperty("data");

    private static string TaskIdOf(JsonElement answer)
    {
        Assert.Equal(200, answer.GetProperty("code").GetInt32());
        return answer.GetProperty("data").GetProperty("taskId").GetString()!;
    }

    [Fact]
    public async Task A_validation_waits_processes_and_shows_its_phrase_in_lowercase_states()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);
        var id = TaskIdOf(await emu.PostJsonAsync("api/v1/voice/validate", ValidateBody(5, 30)));

        var waiting = await ValidationAsync(emu, id);
        Assert.Equal("wait_processing", waiting.GetProperty("status").GetString());
        Assert.Equal("", waiting.GetProperty("validateInfo").GetString());
        emu.State.AdvanceClock(4);
        Assert.Equal("processing_validate", (await ValidationAsync(emu, id)).GetProperty("status").GetString());
        emu.State.AdvanceClock(10);
        var ready = await ValidationAsync(emu, id);
        Assert.Equal("wait_validating", ready.GetProperty("status").GetString());
        Assert.NotEqual("", ready.GetProperty("validateInfo").GetString());
        Assert.Equal(0, ready.GetProperty("errorCode").GetInt32());
        Assert.Equal("", ready.GetProperty("errorMessage").GetString());
    }

    [Theory]
    [InlineData(5, 5, "vocalEndS must be greater than vocalStartS.")]
    [InlineData(5.5, 30, "vocalStartS must be an integer.")]
    [InlineData("5", 30, "vocalStartS must be an integer.")]
    [InlineData(-1, 30, "vocalStartS must not be negative.")]
    public async Task Validate_takes_whole_seconds_with_the_end_after_the_start(object start, object end, string message)
    {
        await using var emu = await RunningEmulator.StartAsync();
        var answer = await emu.PostJsonAsync("api/v1/voice/validate", ValidateBody(start, end));
        Assert.Equal(400, answer.GetProperty("code").GetInt32());
        Assert.Equal(message, answer.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Validate_refuses_an_unknown_language_and_a_missing_recording()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var language = await emu.PostJsonAsync("api/v1/voice/validate", ValidateBody(1, 9, "xx"));
        Assert.StartsWith("language must be one of en, zh", language.GetProperty("msg").GetString());
        var noUrl = await emu.PostJsonAsync("api/v1/voice/validate", new { vocalStartS = 1, vocalEndS = 9, callBackUrl = "https://example.com/c" });
        Assert.Equal("voiceUrl is required.", noUrl.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Regenerate_wants_calBackUrl_with_one_l_and_gives_a_new_phrase()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);
        var first = TaskIdOf(await emu.PostJsonAsync("api/v1/voice/validate", ValidateBody(0, 10)));
        emu.State.AdvanceClock(30);

        var wrong = await emu.PostJsonAsync("api/v1/voice/regenerate", new { taskId = first, callBackUrl = "https://example.com/c" });
        Assert.Equal(400, wrong.GetProperty("code").GetInt32());
        Assert.Equal("calBackUrl is required.", wrong.GetProperty("msg").GetString());

        var again = TaskIdOf(await emu.PostJsonAsync("api/v1/voice/regenerate", new { taskId = first, calBackUrl = "https://example.com/c" }));
        emu.State.AdvanceClock(30);
        Assert.NotEqual((await ValidationAsync(emu, first)).GetProperty("validateInfo").GetString(),
            (await ValidationAsync(emu, again)).GetProperty("validateInfo").GetString());
    }

    [Fact]
    public async Task A_voice_is_made_from_a_ready_validation_and_check_voice_reads_task_id()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);
        var validation = TaskIdOf(await emu.PostJsonAsync("api/v1/voice/validate", ValidateBody(0, 10)));
        object VoiceBody(string level = "professional") => new
        {
            taskId = validation, verifyUrl = "https://files.example/phrase.mp3", voiceName = "Mine", singerSkillLevel = level,
            callBackUrl = "https://example.com/c",
        };

        var early = await emu.PostJsonAsync("api/v1/voice/generate", VoiceBody());
        Assert.Equal(400, early.GetProperty("code").GetInt32()); // no phrase yet
        emu.State.AdvanceClock(30);
        var badLevel = await emu.PostJsonAsync("api/v1/voice/generate", VoiceBody("guru"));
        Assert.StartsWith("singerSkillLevel must be one of", badLevel.GetProperty("msg").GetString());

        var voice = TaskIdOf(await emu.PostJsonAsync("api/v1/voice/generate", VoiceBody()));
        var running = await VoiceAsync(emu, voice);
        Assert.Equal("", running.GetProperty("voiceId").GetString());
        var notYet = await emu.PostJsonAsync("api/v1/voice/check-voice", new { task_id = voice });
        Assert.False(notYet.GetProperty("data").GetProperty("isAvailable").GetBoolean());
        var camel = await emu.PostJsonAsync("api/v1/voice/check-voice", new { taskId = voice });
        Assert.Equal("task_id is required.", camel.GetProperty("msg").GetString());

        emu.State.AdvanceClock(30);
        var done = await VoiceAsync(emu, voice);
        Assert.Equal("success", done.GetProperty("status").GetString());
        Assert.StartsWith("voice_", done.GetProperty("voiceId").GetString());
        Assert.True((await emu.PostJsonAsync("api/v1/voice/check-voice", new { task_id = voice })).GetProperty("data").GetProperty("isAvailable").GetBoolean());
    }

    [Fact]
    public async Task Magic_words_in_the_recordings_fail_the_validation_or_the_voice()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);
        var bad = TaskIdOf(await emu.PostJsonAsync("api/v1/voice/validate",
            new { voiceUrl = "https://files.example/voice-fail.mp3", vocalStartS = 0, vocalEndS = 9, callBackUrl = "https://example.com/c" }));
        var good = TaskIdOf(await emu.PostJsonAsync("api/v1/voice/validate", ValidateBody(0, 10)));
        emu.State.AdvanceClock(30);
        var failed = await ValidationAsync(emu, bad);
        Assert.Equal("processing_validate_fail", failed.GetProperty("status").GetString());
        Assert.Equal(500, failed.GetProperty("errorCode").GetInt32());

        var voice = TaskIdOf(await emu.PostJsonAsync("api/v1/voice/generate",
            new { taskId = good, verifyUrl = "https://files.example/voice-mismatch.mp3", callBackUrl = "https://example.com/c" }));
        emu.State.AdvanceClock(30);
        var mismatch = await VoiceAsync(emu, voice);
        Assert.Equal("fail", mismatch.GetProperty("status").GetString());
        Assert.Equal("Verification audio did not match the validation phrase", mismatch.GetProperty("errorMessage").GetString());
    }

    [Fact]
    public async Task Seeds_take_any_lowercase_status()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var validation = emu.State.SeedTasks(new SeedTasksRequest { Family = "voicevalidation", Status = "wait_validating" })[0];
        Assert.Equal("wait_validating", (await ValidationAsync(emu, validation)).GetProperty("status").GetString());
        var voice = emu.State.SeedTasks(new SeedTasksRequest { Family = "voice", Status = "success" })[0];
        Assert.Equal("success", (await VoiceAsync(emu, voice)).GetProperty("status").GetString());
        Assert.Throws<ArgumentException>(() => emu.State.SeedTasks(new SeedTasksRequest { Family = "voice", Status = "SUCCESS" }));
    }
}
