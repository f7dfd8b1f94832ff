using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Lyrics;

/// <summary>POST /api/v1/lyrics and its record (suno-api.md §4.15), on a clock that only moves when a test moves it.</summary>
public class LyricsEndpointTests
{
    private const string Path = "api/v1/lyrics";

    private static Task<RunningEmulator> Start() => RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);

    private static async Task<JsonElement> RecordAsync(RunningEmulator emu, string taskId) =>
        (await emu.GetJsonAsync($"api/v1/lyrics/record-info?taskId={taskId}")).GetProperty("data");

    private static async Task<string> SubmitAsync(RunningEmulator emu, string prompt)
    {
        var answer = await emu.PostJsonAsync(Path, new { prompt, callBackUrl = "https://example.com/cb" });
        Assert.Equal(200, answer.GetProperty("code").GetInt32());
        return answer.GetProperty("data").GetProperty("taskId").GetString()!;
    }

    [Theory]
    [InlineData("""{"callBackUrl":"https://e.com/c"}""", 400, "prompt is required.")]
    [InlineData("""{"prompt":"A song"}""", 400, "callBackUrl is required.")]
    [InlineData("""{"prompt":"A song","callbackUrl":"https://e.com/c"}""", 400, "callBackUrl is required.")] // lowercase b
    [InlineData("""{"prompt":7,"callBackUrl":"https://e.com/c"}""", 400, "prompt must be a string.")]
    public async Task Malformed_requests_are_refused_naming_the_field_and_spend_nothing(string body, int code, string message)
    {
        await using var emu = await Start();
        var credits = emu.State.Credits;

        using var response = await emu.Api.PostAsync(Path, new StringContent(body, Encoding.UTF8, "application/json"));
        var envelope = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(code, envelope.GetProperty("code").GetInt32());
        Assert.Equal(message, envelope.GetProperty("msg").GetString());
        Assert.Equal(credits, emu.State.Credits);
        Assert.Equal(0, emu.State.TaskCount);
    }

    [Fact]
    public async Task A_prompt_over_200_characters_is_code_413()
    {
        await using var emu = await Start();

        var answer = await emu.PostJsonAsync(Path, new { prompt = new string('x', 201), callBackUrl = "https://e.com/c" });

        Assert.Equal(413, answer.GetProperty("code").GetInt32());
        Assert.Equal(0, emu.State.TaskCount);
    }

    [Fact]
    public async Task The_record_is_pending_with_a_null_response_then_has_two_complete_variants()
    {
        await using var emu = await Start();
        var credits = emu.State.Credits;
        var taskId = await SubmitAsync(emu, "A song about a peaceful night in the city");
        Assert.Equal(credits - 1, emu.State.Credits);

        var pending = await RecordAsync(emu, taskId);
        Assert.Equal("PENDING", pending.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("response").ValueKind);
        Assert.Equal("LYRICS", pending.GetProperty("type").GetString());
        // param is a JSON string of the request, keys in order
        Assert.Equal("""{"callBackUrl":"https://example.com/cb","prompt":"A song about a peaceful night in the city"}""", pending.GetProperty("param").GetString());

        emu.State.AdvanceClock(60);
        var done = await RecordAsync(emu, taskId);
        Assert.Equal("SUCCESS", done.GetProperty("status").GetString());
        Assert.Equal(taskId, done.GetProperty("response").GetProperty("taskId").GetString());
        var variants = done.GetProperty("response").GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(2, variants.Length);
        Assert.All(variants, v => Assert.Equal("complete", v.GetProperty("status").GetString()));
        Assert.All(variants, v => Assert.Contains("[Verse]", v.GetProperty("text").GetString()));
        Assert.Equal(JsonValueKind.Null, done.GetProperty("errorCode").ValueKind);
    }

    [Theory]
    [InlineData("A song [fail]", "GENERATE_LYRICS_FAILED")]
    [InlineData("A song [sensitive]", "SENSITIVE_WORD_ERROR")]
    [InlineData("A song [create-fail]", "CREATE_TASK_FAILED")]
    [InlineData("A song [callback-fail]", "CALLBACK_EXCEPTION")]
    public async Task Magic_words_steer_the_outcome(string prompt, string status)
    {
        await using var emu = await Start();
        var taskId = await SubmitAsync(emu, prompt);
        emu.State.AdvanceClock(60);

        var record = await RecordAsync(emu, taskId);

        Assert.Equal(status, record.GetProperty("status").GetString());
        if (status != "CALLBACK_EXCEPTION") Assert.Empty(record.GetProperty("response").GetProperty("data").EnumerateArray());
    }

    [Fact]
    public async Task The_partial_word_fails_the_second_variant_only()
    {
        await using var emu = await Start();
        var taskId = await SubmitAsync(emu, "Half a song [lyrics-partial]");
        emu.State.AdvanceClock(60);

        var variants = (await RecordAsync(emu, taskId)).GetProperty("response").GetProperty("data").EnumerateArray().ToArray();

        Assert.Equal("complete", variants[0].GetProperty("status").GetString());
        Assert.Equal("failed", variants[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Seeding_takes_a_status_and_refuses_an_unknown_one()
    {
        await using var emu = await Start();
        var ids = emu.State.SeedTasks(new SeedTasksRequest { Family = "lyrics", Count = 2, Status = "SUCCESS" });
        Assert.Equal("SUCCESS", (await RecordAsync(emu, ids[1])).GetProperty("status").GetString());
        Assert.Throws<ArgumentException>(() => emu.State.SeedTasks(new SeedTasksRequest { Family = "lyrics", Status = "1" }));
    }

    [Fact]
    public async Task A_lyrics_task_is_not_found_at_the_music_record_info()
    {
        await using var emu = await Start();
        var taskId = await SubmitAsync(emu, "Words");

        var answer = await emu.GetJsonAsync($"api/v1/generate/record-info?taskId={taskId}");

        Assert.Equal(404, answer.GetProperty("code").GetInt32());
    }
}
