using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Recovery;

/// <summary>POST /api/v1/suno/recovery and its details (suno-api.md §4.17): snake-case ids and the status in the top-level code.</summary>
public class RecoveryEndpointTests
{
    private const string Path = "api/v1/suno/recovery";

    private static Task<RunningEmulator> Start() => RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);

    private static Task<JsonElement> DetailsAsync(RunningEmulator emu, string taskId) =>
        emu.GetJsonAsync($"api/v1/suno/recovery/record-info?task_id={taskId}");

    private static async Task<string> SubmitAsync(RunningEmulator emu, string musicId)
    {
        var answer = await emu.PostJsonAsync(Path, new { sunoTaskId = musicId, callBackUrl = "https://e.com/c" });
        Assert.Equal(200, answer.GetProperty("code").GetInt32());
        return answer.GetProperty("data").GetProperty("task_id").GetString()!; // snake case
    }

    [Theory]
    [InlineData("""{"taskId":"T","callBackUrl":"https://e.com/c"}""", "sunoTaskId is required.")] // the usual name is wrong here
    [InlineData("""{"sunoTaskId":"T"}""", "callBackUrl is required.")]
    [InlineData("""{"sunoTaskId":"0123456789abcdef0123456789abcdef","callBackUrl":"https://e.com/c"}""", "sunoTaskId '0123456789abcdef0123456789abcdef' is not a known music task.")]
    public async Task Malformed_requests_get_code_400_naming_the_field(string body, string message)
    {
        await using var emu = await Start();
        var (taskId, _) = await emu.FinishedMusicAsync();

        using var response = await emu.Api.PostAsync(Path, new StringContent(body.Replace("\"T\"", $"\"{taskId}\""), Encoding.UTF8, "application/json"));
        var envelope = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(400, envelope.GetProperty("code").GetInt32());
        Assert.Equal(message, envelope.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task The_details_are_code_201_with_null_data_then_code_200_with_one_item_per_track()
    {
        await using var emu = await Start();
        var (musicId, audioIds) = await emu.FinishedMusicAsync();
        var recoveryId = await SubmitAsync(emu, musicId);

        var running = await DetailsAsync(emu, recoveryId);
        Assert.Equal(201, running.GetProperty("code").GetInt32());
        Assert.Equal(recoveryId, running.GetProperty("task_id").GetString());
        Assert.Equal(JsonValueKind.Null, running.GetProperty("data").ValueKind);

        emu.State.AdvanceClock(60);
        var done = await DetailsAsync(emu, recoveryId);
        Assert.Equal(200, done.GetProperty("code").GetInt32());
        var items = done.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(audioIds, items.Select(i => i.GetProperty("id").GetString()));
        Assert.All(items, i => Assert.Equal("success", i.GetProperty("status").GetString()));
        Assert.All(items, i => Assert.Equal("", i.GetProperty("error").GetString()));

        var url = items[0].GetProperty("audio_url").GetString()!;
        Assert.EndsWith(".m4a", url);
        using var file = await emu.Files.GetAsync(url);
        var bytes = await file.Content.ReadAsByteArrayAsync();
        Assert.Equal("audio/mp4", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new[] { "ftyp", "moov", "mdat" }, Video.VideoEndpointTests.Boxes(bytes).Select(b => b.Type));
        Assert.Equal("M4A ", Encoding.ASCII.GetString(bytes, 8, 4));
    }

    [Fact]
    public async Task Every_track_failing_is_code_500_and_one_failing_is_code_200()
    {
        await using var emu = await Start();
        var all = emu.State.SeedTasks(new SeedTasksRequest { Family = "recovery", Prompt = "A song [recovery-fail]" })[0];
        var partial = emu.State.SeedTasks(new SeedTasksRequest { Family = "recovery", Prompt = "A song [recovery-partial]" })[0];
        emu.State.AdvanceClock(60);

        var failed = await DetailsAsync(emu, all);
        Assert.Equal(500, failed.GetProperty("code").GetInt32());
        Assert.All(failed.GetProperty("data").EnumerateArray(), i => Assert.Equal("clip_error", i.GetProperty("error").GetString()));

        var some = await DetailsAsync(emu, partial);
        Assert.Equal(200, some.GetProperty("code").GetInt32());
        var items = some.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal("failed", items[0].GetProperty("status").GetString());
        Assert.Equal("success", items[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_mp3_word_serves_real_mpeg_audio_as_long_as_the_track()
    {
        await using var emu = await Start();
        var id = emu.State.SeedTasks(new SeedTasksRequest { Family = "recovery", Prompt = "A song [recovery-mp3]", Status = "200", TrackSeconds = 2.4 })[0];

        var url = (await DetailsAsync(emu, id)).GetProperty("data")[0].GetProperty("audio_url").GetString()!;
        Assert.EndsWith(".mp3", url);
        var (_, seconds) = Mp3Frames.Count(await emu.Files.GetByteArrayAsync(url));
        Assert.Equal(2.4, seconds, 2);
    }

    [Fact]
    public async Task The_details_read_the_task_id_query_only()
    {
        await using var emu = await Start();
        var id = emu.State.SeedTasks(new SeedTasksRequest { Family = "recovery", Status = "201" })[0];

        var camel = await emu.GetJsonAsync($"api/v1/suno/recovery/record-info?taskId={id}");

        Assert.Equal(400, camel.GetProperty("code").GetInt32());
        Assert.Equal("task_id is required.", camel.GetProperty("msg").GetString());
        Assert.Equal(404, (await DetailsAsync(emu, "0123456789abcdef0123456789abcdef")).GetProperty("code").GetInt32());
    }
}
