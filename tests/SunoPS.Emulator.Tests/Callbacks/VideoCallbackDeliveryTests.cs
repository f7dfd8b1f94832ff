using System.Text.Json;
using SunoPS.Emulator.Tests.Support;
using static SunoPS.Emulator.Tests.Callbacks.CallbackSources;

namespace SunoPS.Emulator.Tests.Callbacks;

/// <summary>The MP4 callback (suno-api.md §6.6): <c>data.task_id</c> and <c>data.video_url</c>.</summary>
public class VideoCallbackDeliveryTests
{
    private static async Task<string> SubmitAsync(RunningEmulator emu, string url, string prompt = "A calm piano melody about rain")
    {
        var (taskId, audioIds) = await MusicAsync(emu, prompt);
        return TaskIdOf(await emu.PostJsonAsync("api/v1/mp4/generate", new { taskId, audioId = audioIds[1], callBackUrl = url, author = "Me" }));
    }

    [Fact]
    public async Task A_finished_video_posts_its_url_which_is_the_records_mp4()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var id = await SubmitAsync(emu, listener.Url);
        emu.State.AdvanceClock(19);
        await Task.Delay(100);
        Assert.Null(listener.TryNext());
        emu.State.AdvanceClock(1);

        var json = (await listener.NextAsync()).Json;
        Assert.Equal((200, "MP4 generated successfully."), (json.GetProperty("code").GetInt32(), json.GetProperty("msg").GetString()));
        var data = json.GetProperty("data");
        Assert.Equal(["task_id", "video_url"], Names(data));
        Assert.Equal(id, data.GetProperty("task_id").GetString());
        var record = await RecordAsync(emu, $"api/v1/mp4/record-info?taskId={id}");
        Assert.Equal(record.GetProperty("response").GetProperty("videoUrl").GetString(), data.GetProperty("video_url").GetString());
        using var mp4 = await emu.Files.GetAsync(data.GetProperty("video_url").GetString());
        Assert.Equal(200, (int)mp4.StatusCode);
        var logged = await LoggedAsync(emu, id);
        Assert.Equal(("video", "complete", "delivered"), (logged.Family, logged.Stage, logged.Outcome));
    }

    [Fact]
    public async Task A_failed_video_posts_code_400_and_a_null_url()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var id = await SubmitAsync(emu, listener.Url, "A track whose video will [video-fail]");
        emu.State.AdvanceClock(20);

        var json = (await listener.NextAsync()).Json;
        Assert.Equal((400, "Music video generation failed"), (json.GetProperty("code").GetInt32(), json.GetProperty("msg").GetString()));
        Assert.Equal(id, json.GetProperty("data").GetProperty("task_id").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").GetProperty("video_url").ValueKind);
        Assert.Equal("error", (await LoggedAsync(emu, id)).Stage);
    }
}
