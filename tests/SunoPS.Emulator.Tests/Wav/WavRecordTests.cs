using System.Globalization;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Wav;

public class WavRecordTests
{
    private static readonly string[] Fields =
        ["taskId", "musicId", "musicIndex", "callbackUrl", "completeTime", "response", "successFlag", "createTime", "errorCode", "errorMessage", "emulator"];

    [Fact]
    public async Task A_wav_record_has_the_spec_shape_while_pending_and_once_done()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var (musicTaskId, audioIds) = await emu.FinishedMusicAsync();
        var before = DateTime.UtcNow.AddSeconds(-1);
        var wavId = await emu.SubmitWavAsync(musicTaskId, audioIds[1]);
        var after = DateTime.UtcNow.AddSeconds(1);
        Assert.Matches("^[0-9a-f]{32}$", wavId);

        var envelope = await emu.GetJsonAsync($"api/v1/wav/record-info?taskId={wavId}");
        Assert.Equal(200, envelope.GetProperty("code").GetInt32());
        Assert.Equal("success", envelope.GetProperty("msg").GetString());
        var pending = envelope.GetProperty("data");

        Assert.Equal(Fields, pending.EnumerateObject().Select(p => p.Name));
        Assert.False(pending.TryGetProperty("status", out _));
        Assert.False(pending.TryGetProperty("callBackUrl", out _));
        Assert.Equal(wavId, pending.GetProperty("taskId").GetString());
        Assert.Equal(audioIds[1], pending.GetProperty("musicId").GetString());
        Assert.Equal(JsonValueKind.Number, pending.GetProperty("musicIndex").ValueKind);
        Assert.Equal(1, pending.GetProperty("musicIndex").GetInt32());
        Assert.Equal("https://example.com/wav-callback", pending.GetProperty("callbackUrl").GetString());
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("completeTime").ValueKind);
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("response").ValueKind);
        Assert.Equal("PENDING", pending.GetProperty("successFlag").GetString());
        Assert.InRange(TimeOf(pending.GetProperty("createTime")), before, after);
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("errorCode").ValueKind);
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("errorMessage").ValueKind);
        Assert.Equal(musicTaskId, pending.GetProperty("emulator").GetProperty("sourceTaskId").GetString());
        Assert.Equal("PENDING", emu.State.GetTaskStatus(wavId));

        emu.State.AdvanceClock(14);
        Assert.Equal("PENDING", (await emu.WavRecordAsync(wavId)).GetProperty("successFlag").GetString());
        emu.State.AdvanceClock(1);

        var done = await emu.WavRecordAsync(wavId);
        Assert.Equal(Fields, done.EnumerateObject().Select(p => p.Name));
        Assert.Equal("SUCCESS", done.GetProperty("successFlag").GetString());
        var url = done.GetProperty("response").GetProperty("audioWavUrl").GetString()!;
        Assert.StartsWith($"{emu.Emulator.FilesUri}w/1/", url);
        Assert.EndsWith(".wav", url);
        Assert.Equal(["audioWavUrl"], done.GetProperty("response").EnumerateObject().Select(p => p.Name));
        var completed = TimeOf(done.GetProperty("completeTime"));
        Assert.InRange(completed, TimeOf(done.GetProperty("createTime")), DateTime.UtcNow.AddSeconds(1));
        Assert.Equal(done.GetProperty("completeTime").GetString(), (await emu.WavRecordAsync(wavId)).GetProperty("completeTime").GetString());
        Assert.Equal(JsonValueKind.Null, done.GetProperty("errorCode").ValueKind);
        Assert.Equal(JsonValueKind.Null, done.GetProperty("errorMessage").ValueKind);
        Assert.Equal("SUCCESS", emu.State.GetTaskStatus(wavId));
    }

    [Fact]
    public async Task The_wav_time_is_an_option_and_follows_the_clock_speed()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.WavSeconds = 40);
        var (musicTaskId, audioIds) = await emu.FinishedMusicAsync();
        var wavId = await emu.SubmitWavAsync(musicTaskId, audioIds[0]);

        emu.State.AdvanceClock(39);
        Assert.Equal("PENDING", emu.State.GetTaskStatus(wavId));
        emu.State.AdvanceClock(1);
        Assert.Equal("SUCCESS", emu.State.GetTaskStatus(wavId));
    }

    [Fact]
    public async Task Missing_and_unknown_ids_are_body_errors_and_families_do_not_mix()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var (musicTaskId, audioIds) = await emu.FinishedMusicAsync();
        var wavId = await emu.SubmitWavAsync(musicTaskId, audioIds[0]);

        var missing = await emu.GetJsonAsync("api/v1/wav/record-info");
        Assert.Equal(400, missing.GetProperty("code").GetInt32());
        Assert.Contains("taskId", missing.GetProperty("msg").GetString());

        foreach (var path in new[] { "api/v1/wav/record-info?taskId=0123456789abcdef0123456789abcdef", $"api/v1/wav/record-info?taskId={musicTaskId}", $"api/v1/generate/record-info?taskId={wavId}" })
        {
            var unknown = await emu.GetJsonAsync(path);
            Assert.Equal(404, unknown.GetProperty("code").GetInt32());
            Assert.Equal("Task not found", unknown.GetProperty("msg").GetString());
        }
    }

    [Fact]
    public async Task Wav_record_reads_share_the_read_limit()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ReadLimitPerSecond = 2);
        var wavId = emu.State.SeedTasks(new SeedTasksRequest { Family = "wav" })[0];

        // Sent at once so that they fall within one second even on a loaded machine.
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => emu.GetJsonAsync($"api/v1/wav/record-info?taskId={wavId}")));

        Assert.Equal([200, 200, 430], answers.Select(a => a.GetProperty("code").GetInt32()).Order());
    }

    [Theory]
    [InlineData("prompt", "A song [wav-fail]")]
    [InlineData("style", "Jazz [WAV-FAIL]")]
    [InlineData("title", "Title [wav-fail]")]
    public async Task The_wav_fail_word_fails_the_wav_but_not_the_music(string field, string text)
    {
        await using var emu = await RunningEmulator.StartAsync();
        var (musicTaskId, audioId) = await SubmitMusicAsync(emu, field, text);
        Assert.Equal("SUCCESS", emu.State.GetTaskStatus(musicTaskId));
        var wavId = await emu.SubmitWavAsync(musicTaskId, audioId);

        Assert.Equal("PENDING", (await emu.WavRecordAsync(wavId)).GetProperty("successFlag").GetString());
        emu.State.AdvanceClock(15);
        var failed = await emu.WavRecordAsync(wavId);

        Assert.Equal("GENERATE_WAV_FAILED", failed.GetProperty("successFlag").GetString());
        Assert.Equal(501, failed.GetProperty("errorCode").GetInt32());
        Assert.Equal("WAV format conversion failed", failed.GetProperty("errorMessage").GetString());
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("response").GetProperty("audioWavUrl").ValueKind);
        Assert.Equal(JsonValueKind.String, failed.GetProperty("completeTime").ValueKind);
    }

    [Fact]
    public async Task The_wav_callback_fail_word_keeps_the_file()
    {
        await using var emu = await RunningEmulator.StartAsync(o => { o.WavSampleRate = 8000; o.WavChannels = 1; });
        var (musicTaskId, audioId) = await SubmitMusicAsync(emu, "prompt", "A song [wav-callback-fail]");
        Assert.Equal("SUCCESS", emu.State.GetTaskStatus(musicTaskId));
        var wavId = await emu.SubmitWavAsync(musicTaskId, audioId);
        emu.State.AdvanceClock(15);

        var record = await emu.WavRecordAsync(wavId);

        Assert.Equal("CALLBACK_EXCEPTION", record.GetProperty("successFlag").GetString());
        Assert.Equal(500, record.GetProperty("errorCode").GetInt32());
        var url = record.GetProperty("response").GetProperty("audioWavUrl").GetString();
        using var file = await emu.Files.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, file.StatusCode);
    }

    [Fact]
    public async Task A_music_task_with_the_callback_fail_word_is_complete_and_can_be_converted()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var (musicTaskId, audioId) = await SubmitMusicAsync(emu, "prompt", "A song [callback-fail]");
        Assert.Equal("CALLBACK_EXCEPTION", emu.State.GetTaskStatus(musicTaskId));

        var wavId = await emu.SubmitWavAsync(musicTaskId, audioId);
        emu.State.AdvanceClock(15);
        Assert.Equal("SUCCESS", emu.State.GetTaskStatus(wavId)); // the music word does not carry over
    }

    /// <summary>A custom-mode generate with <paramref name="text"/> in one field, run to its end; its first track id.</summary>
    private static async Task<(string TaskId, string AudioId)> SubmitMusicAsync(RunningEmulator emu, string field, string text)
    {
        var body = new Dictionary<string, object>
        {
            ["customMode"] = true, ["instrumental"] = false, ["model"] = "V5", ["callBackUrl"] = "https://example.com/callback",
            ["prompt"] = "[Verse]\nla la", ["style"] = "Pop", ["title"] = "Song",
        };
        body[field] = text;
        var taskId = (await emu.PostJsonAsync("api/v1/generate", body)).GetProperty("data").GetProperty("taskId").GetString()!;
        emu.State.AdvanceClock(120);
        var audioId = (await emu.RecordAsync(taskId)).GetProperty("response").GetProperty("sunoData")[0].GetProperty("id").GetString()!;
        return (taskId, audioId);
    }

    private static DateTime TimeOf(JsonElement text)
    {
        Assert.Equal(JsonValueKind.String, text.ValueKind);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", text.GetString());
        return DateTime.ParseExact(text.GetString()!, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }
}
