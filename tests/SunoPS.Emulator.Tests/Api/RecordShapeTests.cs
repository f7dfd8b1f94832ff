using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Api;

public class RecordShapeTests
{
    private static readonly object CustomRequest = new
    {
        customMode = true,
        instrumental = false,
        model = "V5",
        callBackUrl = "https://example.com/callback",
        prompt = "[Verse]\nRain on the window",
        style = "Classical",
        title = "Rainy Memories",
        styleWeight = 0.65,
    };

    [Fact]
    public async Task A_pending_record_has_the_real_shape()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var submitted = await emu.PostJsonAsync("api/v1/generate", CustomRequest);
        var taskId = submitted.GetProperty("data").GetProperty("taskId").GetString()!;
        Assert.Matches("^[0-9a-f]{32}$", taskId);

        var envelope = await emu.GetJsonAsync($"api/v1/generate/record-info?taskId={taskId}");
        Assert.Equal(200, envelope.GetProperty("code").GetInt32());
        Assert.Equal("success", envelope.GetProperty("msg").GetString());
        var data = envelope.GetProperty("data");

        Assert.Equal(taskId, data.GetProperty("taskId").GetString());
        Assert.Equal("", data.GetProperty("parentMusicId").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("response").ValueKind);
        Assert.Equal("PENDING", data.GetProperty("status").GetString());
        Assert.Equal("chirp-crow", data.GetProperty("type").GetString());
        Assert.Equal("generate", data.GetProperty("operationType").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("errorCode").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("errorMessage").ValueKind);
        Assert.True(data.GetProperty("createTime").TryGetInt64(out var createTime) && createTime > 1_700_000_000_000);

        // param is a JSON string of the request, keys in alphabetical order.
        Assert.Equal(JsonValueKind.String, data.GetProperty("param").ValueKind);
        using var param = JsonDocument.Parse(data.GetProperty("param").GetString()!);
        var keys = param.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal(["callBackUrl", "customMode", "instrumental", "model", "prompt", "style", "styleWeight", "title"], keys);
        Assert.Equal(0.65, param.RootElement.GetProperty("styleWeight").GetDouble());

        // One field beyond the documented ones, which clients must ignore.
        Assert.True(data.TryGetProperty("emulator", out _));
    }

    [Fact]
    public async Task A_task_moves_through_its_stages_as_emulated_time_passes()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var taskId = (await emu.PostJsonAsync("api/v1/generate", CustomRequest)).GetProperty("data").GetProperty("taskId").GetString()!;

        emu.State.AdvanceClock(10);
        var text = await emu.RecordAsync(taskId);
        Assert.Equal("TEXT_SUCCESS", text.GetProperty("status").GetString());
        var textTracks = text.GetProperty("response").GetProperty("sunoData");
        Assert.Equal(2, textTracks.GetArrayLength());
        foreach (var track in textTracks.EnumerateArray())
        {
            Assert.True(Guid.TryParseExact(track.GetProperty("id").GetString(), "D", out _));
            Assert.Equal("Rainy Memories", track.GetProperty("title").GetString());
            Assert.Equal("Classical", track.GetProperty("tags").GetString());
            Assert.Equal("[Verse]\nRain on the window", track.GetProperty("prompt").GetString());
            Assert.Equal("chirp-crow", track.GetProperty("modelName").GetString());
            Assert.Equal(JsonValueKind.Number, track.GetProperty("createTime").ValueKind);
            Assert.Equal("", track.GetProperty("audioUrl").GetString());
            Assert.Equal("", track.GetProperty("streamAudioUrl").GetString());
            Assert.Equal(JsonValueKind.Null, track.GetProperty("duration").ValueKind);
        }

        emu.State.AdvanceClock(20);
        var first = await emu.RecordAsync(taskId);
        Assert.Equal("FIRST_SUCCESS", first.GetProperty("status").GetString());
        var firstTracks = first.GetProperty("response").GetProperty("sunoData");
        Assert.All(firstTracks.EnumerateArray(), t =>
        {
            Assert.StartsWith(emu.Emulator.FilesUri.ToString(), t.GetProperty("streamAudioUrl").GetString());
            Assert.NotEqual("", t.GetProperty("sourceStreamAudioUrl").GetString());
            Assert.NotEqual("", t.GetProperty("imageUrl").GetString());
        });
        Assert.EndsWith(".mp3", firstTracks[0].GetProperty("audioUrl").GetString());
        Assert.Equal("", firstTracks[1].GetProperty("audioUrl").GetString());

        emu.State.AdvanceClock(90);
        var done = await emu.RecordAsync(taskId);
        Assert.Equal("SUCCESS", done.GetProperty("status").GetString());
        Assert.All(done.GetProperty("response").GetProperty("sunoData").EnumerateArray(), t =>
        {
            var id = t.GetProperty("id").GetString()!;
            Assert.EndsWith(".mp3", t.GetProperty("audioUrl").GetString());
            Assert.Equal($"{emu.Emulator.FilesUri}cdn/{id}.mp3", t.GetProperty("sourceAudioUrl").GetString());
            Assert.Equal($"{emu.Emulator.FilesUri}cdn/image_{id}.jpeg", t.GetProperty("sourceImageUrl").GetString());
            var duration = t.GetProperty("duration").GetDouble();
            Assert.Equal(Math.Round(duration, 2), duration);
        });
    }

    [Fact]
    public async Task Unknown_and_missing_task_ids_are_body_errors()
    {
        await using var emu = await RunningEmulator.StartAsync();

        var unknown = await emu.GetJsonAsync("api/v1/generate/record-info?taskId=0123456789abcdef0123456789abcdef");
        Assert.Equal(404, unknown.GetProperty("code").GetInt32());
        Assert.Equal("Task not found", unknown.GetProperty("msg").GetString());
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("data").ValueKind);

        var missing = await emu.GetJsonAsync("api/v1/generate/record-info");
        Assert.Equal(400, missing.GetProperty("code").GetInt32());
        Assert.Contains("taskId", missing.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Magic_words_fail_a_task_after_its_text_stage_or_reject_it_at_once()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var failing = (await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody("a song that will [fail]"))).GetProperty("data").GetProperty("taskId").GetString()!;
        var sensitive = (await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody("[sensitive] words"))).GetProperty("data").GetProperty("taskId").GetString()!;

        var rejected = await emu.RecordAsync(sensitive);
        Assert.Equal("SENSITIVE_WORD_ERROR", rejected.GetProperty("status").GetString());
        Assert.Equal(400, rejected.GetProperty("errorCode").GetInt32());
        Assert.Contains("prohibited", rejected.GetProperty("errorMessage").GetString());

        emu.State.AdvanceClock(10);
        Assert.Equal("TEXT_SUCCESS", (await emu.RecordAsync(failing)).GetProperty("status").GetString());
        emu.State.AdvanceClock(200);
        var failed = await emu.RecordAsync(failing);
        Assert.Equal("GENERATE_AUDIO_FAILED", failed.GetProperty("status").GetString());
        Assert.Equal(501, failed.GetProperty("errorCode").GetInt32());
        Assert.Equal("Audio generation failed", failed.GetProperty("errorMessage").GetString());
        Assert.Equal(0, failed.GetProperty("response").GetProperty("sunoData").GetArrayLength());
    }

    [Theory]
    [InlineData("[create-fail]", 0, "CREATE_TASK_FAILED", 0)]
    [InlineData("[callback-fail]", 120, "CALLBACK_EXCEPTION", 2)]
    [InlineData("[slow]", 120, "TEXT_SUCCESS", 2)]
    [InlineData("[SLOW]", 1200, "SUCCESS", 2)]
    public async Task Other_magic_words_steer_the_outcome(string word, double after, string status, int tracks)
    {
        await using var emu = await RunningEmulator.StartAsync();
        var taskId = (await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody($"a song {word}"))).GetProperty("data").GetProperty("taskId").GetString()!;
        emu.State.AdvanceClock(after);

        var record = await emu.RecordAsync(taskId);
        Assert.Equal(status, record.GetProperty("status").GetString());
        Assert.Equal(tracks, record.GetProperty("response").GetProperty("sunoData").GetArrayLength());
    }

    [Fact]
    public async Task The_duration_magic_word_sets_the_track_length()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var taskId = (await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody("short [duration:12]"))).GetProperty("data").GetProperty("taskId").GetString()!;
        emu.State.AdvanceClock(120);

        var tracks = (await emu.RecordAsync(taskId)).GetProperty("response").GetProperty("sunoData");
        Assert.All(tracks.EnumerateArray(), t => Assert.Equal(12.0, t.GetProperty("duration").GetDouble()));
    }
}
