using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Callbacks;

/// <summary>The WAV callback (suno-api.md §6.3) is posted once, when the conversion ends.</summary>
public class WavCallbackDeliveryTests
{
    [Fact]
    public async Task A_finished_conversion_posts_its_wav_url_and_task_id()
    {
        await using var listener = new CallbackListener();
        await using var emu = await RunningEmulator.StartAsync(o => { o.WavSampleRate = 8000; o.ClockSpeed = 0.001; });
        var (musicTaskId, audioIds) = await emu.FinishedMusicAsync();
        var answer = await emu.PostJsonAsync("api/v1/wav/generate", new { taskId = musicTaskId, audioId = audioIds[0], callBackUrl = listener.Url });
        var wavId = answer.GetProperty("data").GetProperty("taskId").GetString()!;

        emu.State.AdvanceClock(14);
        await Task.Delay(100);
        Assert.Null(listener.TryNext());
        emu.State.AdvanceClock(1);

        var json = (await listener.NextAsync()).Json;
        Assert.Equal(200, json.GetProperty("code").GetInt32());
        Assert.Equal("success", json.GetProperty("msg").GetString());
        var data = json.GetProperty("data");
        Assert.Equal(["audioWavUrl", "task_id"], data.EnumerateObject().Select(p => p.Name));
        Assert.Equal(wavId, data.GetProperty("task_id").GetString());
        var record = await emu.WavRecordAsync(wavId);
        Assert.Equal(record.GetProperty("response").GetProperty("audioWavUrl").GetString(), data.GetProperty("audioWavUrl").GetString());
        using var wav = await emu.Files.GetAsync(data.GetProperty("audioWavUrl").GetString());
        Assert.Equal(200, (int)wav.StatusCode);

        await Until.Settled(emu.State);
        var entry = Assert.Single(emu.State.CallbackDeliveries);
        Assert.Equal(("wav", "complete", "delivered"), (entry.Family, entry.Stage, entry.Outcome));
    }

    [Fact]
    public async Task A_failed_conversion_posts_code_400_and_a_null_url()
    {
        await using var listener = new CallbackListener();
        await using var emu = await RunningEmulator.StartAsync();
        var submitted = await emu.PostJsonAsync("api/v1/generate", new
        {
            prompt = "A track whose WAV will [wav-fail]", customMode = false, instrumental = false, model = "V5",
            callBackUrl = "https://example.com/callback",
        });
        var musicTaskId = submitted.GetProperty("data").GetProperty("taskId").GetString()!;
        emu.State.AdvanceClock(120);
        var audioId = (await emu.RecordAsync(musicTaskId)).GetProperty("response").GetProperty("sunoData")[0].GetProperty("id").GetString();
        var answer = await emu.PostJsonAsync("api/v1/wav/generate", new { taskId = musicTaskId, audioId, callBackUrl = listener.Url });
        var wavId = answer.GetProperty("data").GetProperty("taskId").GetString()!;

        emu.State.AdvanceClock(15);
        var json = (await listener.NextAsync()).Json;
        Assert.Equal(400, json.GetProperty("code").GetInt32());
        Assert.Equal("WAV format conversion failed", json.GetProperty("msg").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").GetProperty("audioWavUrl").ValueKind);
        Assert.Equal(wavId, json.GetProperty("data").GetProperty("task_id").GetString());
        Assert.Equal("GENERATE_WAV_FAILED", emu.State.GetTaskStatus(wavId));
        var entry = Assert.Single(emu.State.CallbackDeliveries, d => d.Family == "wav");
        Assert.Equal("error", entry.Stage);
    }
}
