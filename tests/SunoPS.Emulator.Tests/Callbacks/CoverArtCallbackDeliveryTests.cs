using System.Text.Json;
using SunoPS.Emulator.Tests.Support;
using static SunoPS.Emulator.Tests.Callbacks.CallbackSources;

namespace SunoPS.Emulator.Tests.Callbacks;

/// <summary>The cover-art callback (suno-api.md §6.7): <c>data.taskId</c> and <c>data.images</c>, posted once the pictures are made.</summary>
public class CoverArtCallbackDeliveryTests
{
    private static async Task<string> SubmitAsync(RunningEmulator emu, string url, string prompt = "A calm piano melody about rain")
    {
        var (taskId, _) = await MusicAsync(emu, prompt);
        return TaskIdOf(await emu.PostJsonAsync("api/v1/suno/cover/generate", new { taskId, callBackUrl = url }));
    }

    [Fact]
    public async Task Finished_cover_art_posts_the_records_images_after_generating()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var id = await SubmitAsync(emu, listener.Url);
        emu.State.AdvanceClock(15); // generating (successFlag 2): nothing is posted
        await Task.Delay(100);
        Assert.Null(listener.TryNext());
        emu.State.AdvanceClock(5);

        var json = (await listener.NextAsync()).Json;
        Assert.Equal(["code", "data", "msg"], Names(json)); // the docs' order
        Assert.Equal((200, "success"), (json.GetProperty("code").GetInt32(), json.GetProperty("msg").GetString()));
        var data = json.GetProperty("data");
        Assert.Equal(["images", "taskId"], Names(data));
        Assert.Equal(id, data.GetProperty("taskId").GetString());
        var record = await RecordAsync(emu, $"api/v1/suno/cover/record-info?taskId={id}");
        Assert.True(SameJson(record.GetProperty("response").GetProperty("images"), data.GetProperty("images")));
        Assert.Equal(2, data.GetProperty("images").GetArrayLength());
        foreach (var image in data.GetProperty("images").EnumerateArray())
        {
            using var png = await emu.Files.GetAsync(image.GetString());
            Assert.Equal(200, (int)png.StatusCode);
        }

        var logged = await LoggedAsync(emu, id);
        Assert.Equal(("coverart", "complete", "delivered"), (logged.Family, logged.Stage, logged.Outcome));
    }

    [Fact]
    public async Task Failed_cover_art_posts_code_501_and_null_images()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var id = await SubmitAsync(emu, listener.Url, "A track whose cover will [cover-fail]");
        emu.State.AdvanceClock(20);

        var json = (await listener.NextAsync()).Json;
        Assert.Equal(["code", "msg", "data"], Names(json));
        Assert.Equal((501, "Cover generation failed"), (json.GetProperty("code").GetInt32(), json.GetProperty("msg").GetString()));
        Assert.Equal(["taskId", "images"], Names(json.GetProperty("data")));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").GetProperty("images").ValueKind);
        Assert.Equal("error", (await LoggedAsync(emu, id)).Stage);
    }
}
