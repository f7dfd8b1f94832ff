using System.Text.Json;
using SunoPS.Emulator.Tests.Support;
using static SunoPS.Emulator.Tests.Callbacks.CallbackSources;

namespace SunoPS.Emulator.Tests.Callbacks;

/// <summary>The recovery callback (suno-api.md §6.9): the details' own shape, posted when the recovery ends.</summary>
public class RecoveryCallbackDeliveryTests
{
    private static async Task<string> SubmitAsync(RunningEmulator emu, string url, string prompt = "A calm piano melody about rain")
    {
        var (taskId, _) = await MusicAsync(emu, prompt);
        return TaskIdOf(await emu.PostJsonAsync("api/v1/suno/recovery", new { sunoTaskId = taskId, callBackUrl = url }));
    }

    private static async Task<JsonElement> DetailsAsync(RunningEmulator emu, string id) =>
        await emu.GetJsonAsync($"api/v1/suno/recovery/record-info?task_id={id}");

    [Fact]
    public async Task A_finished_recovery_posts_exactly_its_details()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var id = await SubmitAsync(emu, listener.Url);
        emu.State.AdvanceClock(5); // 201, running
        await Task.Delay(100);
        Assert.Null(listener.TryNext());
        emu.State.AdvanceClock(1);

        var json = (await listener.NextAsync()).Json;
        Assert.Equal(["code", "msg", "task_id", "data"], Names(json));
        Assert.Equal((200, "success", id), (json.GetProperty("code").GetInt32(), json.GetProperty("msg").GetString(), json.GetProperty("task_id").GetString()));
        Assert.True(SameJson(await DetailsAsync(emu, id), json));
        var items = json.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(2, items.Length);
        Assert.All(items, i => Assert.Equal(["id", "audio_url", "title", "status", "error"], Names(i)));
        using var m4a = await emu.Files.GetAsync(items[0].GetProperty("audio_url").GetString());
        Assert.Equal(200, (int)m4a.StatusCode);
        var logged = await LoggedAsync(emu, id);
        Assert.Equal(("recovery", "complete", "delivered"), (logged.Family, logged.Stage, logged.Outcome));
    }

    [Fact]
    public async Task A_partial_recovery_is_code_200_and_one_that_recovers_nothing_is_code_500()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var partial = await SubmitAsync(emu, listener.Url, "A track [recovery-partial]");
        emu.State.AdvanceClock(6);
        var json = (await listener.NextAsync()).Json;
        Assert.Equal((200, partial), (json.GetProperty("code").GetInt32(), json.GetProperty("task_id").GetString()));
        Assert.Equal(["failed", "success"], json.GetProperty("data").EnumerateArray().Select(i => i.GetProperty("status").GetString()));

        var failed = await SubmitAsync(emu, listener.Url, "A track [recovery-fail]");
        emu.State.AdvanceClock(6);
        json = (await listener.NextAsync()).Json;
        Assert.Equal((500, failed), (json.GetProperty("code").GetInt32(), json.GetProperty("task_id").GetString()));
        Assert.True(SameJson(await DetailsAsync(emu, failed), json));
        Assert.Equal("error", (await LoggedAsync(emu, failed)).Stage);
    }
}
