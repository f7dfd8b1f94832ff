using System.Text.Json;
using SunoPS.Emulator.Tests.Support;
using static SunoPS.Emulator.Tests.Callbacks.CallbackSources;

namespace SunoPS.Emulator.Tests.Callbacks;

/// <summary>The lyrics callback (suno-api.md §6.2): one, when the task ends, with <c>data.taskId</c> in camelCase.</summary>
public class LyricsCallbackDeliveryTests
{
    [Fact]
    public async Task Finished_lyrics_post_complete_with_the_variants_of_the_record()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var id = TaskIdOf(await emu.PostJsonAsync("api/v1/lyrics", new { prompt = "A song about the sea", callBackUrl = listener.Url }));

        emu.State.AdvanceClock(9);
        await Task.Delay(100);
        Assert.Null(listener.TryNext()); // still PENDING
        emu.State.AdvanceClock(1);

        var json = (await listener.NextAsync()).Json;
        Assert.Equal(["code", "msg", "data"], Names(json));
        Assert.Equal((200, "All generated successfully."), (json.GetProperty("code").GetInt32(), json.GetProperty("msg").GetString()));
        var data = json.GetProperty("data");
        Assert.Equal(["callbackType", "taskId", "data"], Names(data));
        Assert.Equal(("complete", id), (data.GetProperty("callbackType").GetString(), data.GetProperty("taskId").GetString()));
        var record = await RecordAsync(emu, $"api/v1/lyrics/record-info?taskId={id}");
        Assert.True(SameJson(record.GetProperty("response").GetProperty("data"), data.GetProperty("data")));
        Assert.Equal(2, data.GetProperty("data").GetArrayLength());

        var logged = await LoggedAsync(emu, id);
        Assert.Equal(("lyrics", "complete", "delivered"), (logged.Family, logged.Stage, logged.Outcome));
    }

    [Fact]
    public async Task Failed_lyrics_post_the_documented_error_with_null_data()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var id = TaskIdOf(await emu.PostJsonAsync("api/v1/lyrics", new { prompt = "A song that will [fail]", callBackUrl = listener.Url }));
        emu.State.AdvanceClock(10);

        var json = (await listener.NextAsync()).Json;
        Assert.Equal((400, "Lyrics generation failed"), (json.GetProperty("code").GetInt32(), json.GetProperty("msg").GetString()));
        var data = json.GetProperty("data");
        Assert.Equal(["callbackType", "taskId", "data"], Names(data));
        Assert.Equal(("error", id, JsonValueKind.Null), (data.GetProperty("callbackType").GetString(), data.GetProperty("taskId").GetString(), data.GetProperty("data").ValueKind));
        Assert.Equal("error", (await LoggedAsync(emu, id)).Stage);
    }

    [Fact]
    public async Task A_prompt_refused_at_once_posts_its_error_at_once()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var id = TaskIdOf(await emu.PostJsonAsync("api/v1/lyrics", new { prompt = "A [sensitive] song", callBackUrl = listener.Url }));

        var json = (await listener.NextAsync()).Json; // the clock is not moved
        Assert.Equal(400, json.GetProperty("code").GetInt32());
        Assert.Equal("The prompt contains sensitive words", json.GetProperty("msg").GetString());
        Assert.Equal(id, json.GetProperty("data").GetProperty("taskId").GetString());
    }
}
