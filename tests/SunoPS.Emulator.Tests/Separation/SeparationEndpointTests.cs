using System.Net;
using System.Text;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Separation;

/// <summary>POST /api/v1/vocal-removal/generate and its record-info (suno-api.md §4.18–4.19), over HTTP.</summary>
public class SeparationEndpointTests
{
    private const string Path = "api/v1/vocal-removal/generate";

    private static object Body(string taskId, string audioId, string? type = null, string? stemName = null) =>
        new { taskId, audioId, type, stemName, callBackUrl = "https://example.com/stems" };

    private static async Task<JsonElement> RecordAsync(RunningEmulator emu, string taskId) =>
        (await emu.GetJsonAsync($"api/v1/vocal-removal/record-info?taskId={taskId}")).GetProperty("data");

    private static async Task<string> SubmitAsync(RunningEmulator emu, object body)
    {
        var answer = await emu.PostJsonAsync(Path, body);
        Assert.Equal(200, answer.GetProperty("code").GetInt32());
        return answer.GetProperty("data").GetProperty("taskId").GetString()!;
    }

    [Theory]
    [InlineData("""{"audioId":"A","callBackUrl":"https://e.com/c"}""", "taskId is required.")]
    [InlineData("""{"taskId":"T","callBackUrl":"https://e.com/c"}""", "audioId is required.")]
    [InlineData("""{"taskId":"T","audioId":"A","callbackUrl":"https://e.com/c"}""", "callBackUrl is required.")]
    [InlineData("""{"taskId":"T","audioId":"A","callBackUrl":"https://e.com/c","type":"stems"}""", "type must be one of separate_vocal, split_stem, split_stem_advanced.")]
    [InlineData("""{"taskId":"T","audioId":"A","callBackUrl":"https://e.com/c","type":"split_stem_advanced"}""", "stemName is required. (for split_stem_advanced)")]
    [InlineData("""{"taskId":"T","audioId":"A","callBackUrl":"https://e.com/c","type":"split_stem_advanced","stemName":"Kazoo"}""", "stemName 'Kazoo' is not one of the documented stem names.")]
    public async Task Malformed_requests_get_code_400_naming_the_field_and_spend_nothing(string body, string message)
    {
        await using var emu = await RunningEmulator.StartAsync();
        var (taskId, audioIds) = await emu.FinishedMusicAsync();
        var credits = emu.State.Credits;

        using var content = new StringContent(body.Replace("\"T\"", $"\"{taskId}\"").Replace("\"A\"", $"\"{audioIds[0]}\""), Encoding.UTF8, "application/json");
        using var response = await emu.Api.PostAsync(Path, content);
        var envelope = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(400, envelope.GetProperty("code").GetInt32());
        Assert.Equal(message, envelope.GetProperty("msg").GetString());
        Assert.Equal(credits, emu.State.Credits);
    }

    [Fact]
    public async Task A_stem_name_is_not_needed_for_the_other_modes()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var (taskId, audioIds) = await emu.FinishedMusicAsync();
        await SubmitAsync(emu, new { taskId, audioId = audioIds[0], callBackUrl = "https://example.com/c" });
    }

    [Theory]
    [InlineData(null, 10)]
    [InlineData("separate_vocal", 10)]
    [InlineData("split_stem", 50)]
    [InlineData("split_stem_advanced", 20)]
    public async Task Each_mode_costs_its_documented_credits_every_time(string? type, int credits)
    {
        await using var emu = await RunningEmulator.StartAsync();
        var (taskId, audioIds) = await emu.FinishedMusicAsync();
        var before = emu.State.Credits;
        var stem = type == "split_stem_advanced" ? "Bass" : null;

        await SubmitAsync(emu, Body(taskId, audioIds[0], type, stem));
        await SubmitAsync(emu, Body(taskId, audioIds[0], type, stem));

        Assert.Equal(before - 2 * credits, emu.State.Credits);
    }

    [Fact]
    public async Task The_record_has_the_documented_quirks_and_stems_that_are_valid_mp3s_as_long_as_the_track()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);
        var (taskId, audioIds) = await emu.FinishedMusicAsync(trackSeconds: 2.4);
        var id = await SubmitAsync(emu, Body(taskId, audioIds[1]));

        var pending = await RecordAsync(emu, id);
        Assert.Equal("PENDING", pending.GetProperty("successFlag").GetString());
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("response").ValueKind);
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("completeTime").ValueKind);

        emu.State.AdvanceClock(60);
        var done = await RecordAsync(emu, id);
        Assert.Equal("SUCCESS", done.GetProperty("successFlag").GetString());
        Assert.Equal(audioIds[1], done.GetProperty("musicId").GetString());
        Assert.Equal(1, done.GetProperty("musicIndex").GetInt32());
        Assert.Equal("https://example.com/stems", done.GetProperty("callbackUrl").GetString());
        Assert.False(done.TryGetProperty("callBackUrl", out _));
        Assert.Equal(JsonValueKind.Number, done.GetProperty("createTime").ValueKind);
        Assert.Equal(JsonValueKind.Number, done.GetProperty("completeTime").ValueKind);
        var response = done.GetProperty("response");
        Assert.Equal(JsonValueKind.Null, response.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Null, response.GetProperty("originUrl").ValueKind);
        Assert.Equal(JsonValueKind.Null, response.GetProperty("drumsUrl").ValueKind);
        var origin = response.GetProperty("originData").EnumerateArray().ToArray();
        Assert.Equal(["Vocals", "Instrumental"], origin.Select(o => o.GetProperty("stem_type_group_name").GetString()));
        Assert.Equal(origin[0].GetProperty("audio_url").GetString(), response.GetProperty("vocalUrl").GetString());
        Assert.Equal(origin[1].GetProperty("audio_url").GetString(), response.GetProperty("instrumentalUrl").GetString());

        foreach (var stem in origin)
        {
            Assert.True(Guid.TryParseExact(stem.GetProperty("id").GetString(), "D", out _));
            var duration = stem.GetProperty("duration").GetDouble();
            var bytes = await emu.Files.GetByteArrayAsync(stem.GetProperty("audio_url").GetString());
            Assert.Equal(Mp3Frames.Count(bytes).Seconds, duration, 2);
            Assert.Equal(0xFF, bytes[0]);
        }
    }

    [Fact]
    public async Task Split_stem_fills_instrument_urls_and_advanced_lists_its_one_stem_in_origin_data()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);
        var (taskId, audioIds) = await emu.FinishedMusicAsync();
        var split = await SubmitAsync(emu, Body(taskId, audioIds[0], "split_stem"));
        var advanced = await SubmitAsync(emu, Body(taskId, audioIds[0], "split_stem_advanced", "Synth Pad"));
        emu.State.AdvanceClock(60);

        var stems = (await RecordAsync(emu, split)).GetProperty("response");
        Assert.Equal(JsonValueKind.Null, stems.GetProperty("instrumentalUrl").ValueKind);
        Assert.Equal(JsonValueKind.String, stems.GetProperty("drumsUrl").ValueKind);
        Assert.Equal(5, stems.GetProperty("originData").GetArrayLength());

        var one = (await RecordAsync(emu, advanced)).GetProperty("response");
        Assert.Equal("Synth Pad", Assert.Single(one.GetProperty("originData").EnumerateArray()).GetProperty("stem_type_group_name").GetString());
    }

    [Fact]
    public async Task Magic_words_fail_the_separation_and_seeds_make_finished_split_stem_ones()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);
        var seeded = emu.State.SeedTasks(new SeedTasksRequest { Family = "separation", Prompt = "A song [separation-fail]" })[0];
        emu.State.AdvanceClock(60);
        var failed = await RecordAsync(emu, seeded);
        Assert.Equal("GENERATE_AUDIO_FAILED", failed.GetProperty("successFlag").GetString());
        Assert.Equal(0, failed.GetProperty("response").GetProperty("originData").GetArrayLength());
        Assert.Equal("split_stem", failed.GetProperty("emulator").GetProperty("type").GetString());

        var ok = emu.State.SeedTasks(new SeedTasksRequest { Family = "separation", Status = "SUCCESS" })[0];
        Assert.Equal("SUCCESS", (await RecordAsync(emu, ok)).GetProperty("successFlag").GetString());
        Assert.Throws<ArgumentException>(() => emu.State.SeedTasks(new SeedTasksRequest { Family = "separation", Status = "DONE" }));
    }
}
