using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Callbacks;

/// <summary>The emulator posts the music callbacks (suno-api.md §6.1) at the stages its clock reaches, to loopback URLs only.</summary>
public class MusicCallbackDeliveryTests
{
    private static object Body(string callBackUrl, string prompt = "A calm piano melody about rain") =>
        new { prompt, customMode = false, instrumental = false, model = "V5", callBackUrl };

    private static async Task<string> SubmitAsync(RunningEmulator emu, string callBackUrl, string prompt = "A calm piano melody about rain")
    {
        var answer = await emu.PostJsonAsync("api/v1/generate", Body(callBackUrl, prompt));
        Assert.Equal(200, answer.GetProperty("code").GetInt32());
        return answer.GetProperty("data").GetProperty("taskId").GetString()!;
    }

    [Fact]
    public async Task Text_first_and_complete_arrive_in_order_as_the_clock_reaches_each_stage()
    {
        await using var listener = new CallbackListener();
        await using var emu = await RunningEmulator.StartAsync(o => o.DefaultTrackSeconds = 2.4);
        var taskId = await SubmitAsync(emu, listener.Url);

        emu.State.AdvanceClock(10); // TEXT_SUCCESS
        var text = await listener.NextAsync();
        Assert.Equal("POST", text.Method);
        Assert.Equal("/hook", text.Path);
        Assert.StartsWith("application/json", text.ContentType);
        Assert.False(text.HadAuthorization); // the key never goes to a callback URL
        Assert.Equal(200, text.Json.GetProperty("code").GetInt32());
        Assert.Equal("text", text.Json.GetProperty("data").GetProperty("callbackType").GetString());
        Assert.Equal(taskId, text.Json.GetProperty("data").GetProperty("task_id").GetString());
        Assert.Equal(0, text.Json.GetProperty("data").GetProperty("data").GetArrayLength());
        Assert.Null(listener.TryNext()); // first is not reached yet

        emu.State.AdvanceClock(20); // FIRST_SUCCESS
        var first = (await listener.NextAsync()).Json.GetProperty("data");
        Assert.Equal("first", first.GetProperty("callbackType").GetString());
        var firstTracks = first.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(2, firstTracks.Length);
        Assert.EndsWith(".mp3", firstTracks[0].GetProperty("audio_url").GetString());
        Assert.Equal("", firstTracks[1].GetProperty("audio_url").GetString()); // only the first track is done
        Assert.Equal(JsonValueKind.Null, firstTracks[0].GetProperty("duration").ValueKind);

        emu.State.AdvanceClock(90); // SUCCESS
        var complete = await listener.NextAsync();
        var json = complete.Json;
        Assert.Equal(200, json.GetProperty("code").GetInt32());
        Assert.Equal("All generated successfully.", json.GetProperty("msg").GetString());
        var data = json.GetProperty("data");
        Assert.Equal(["callbackType", "task_id", "data"], data.EnumerateObject().Select(p => p.Name));
        Assert.Equal("complete", data.GetProperty("callbackType").GetString());
        var record = (await emu.RecordAsync(taskId)).GetProperty("response").GetProperty("sunoData").EnumerateArray().ToArray();
        var items = data.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(2, items.Length);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(
                ["id", "audio_url", "source_audio_url", "stream_audio_url", "source_stream_audio_url", "image_url", "source_image_url",
                 "prompt", "model_name", "title", "tags", "createTime", "duration"],
                items[i].EnumerateObject().Select(p => p.Name));
            Assert.Equal(record[i].GetProperty("id").GetString(), items[i].GetProperty("id").GetString());
            Assert.Equal(record[i].GetProperty("audioUrl").GetString(), items[i].GetProperty("audio_url").GetString());
            Assert.Equal(record[i].GetProperty("modelName").GetString(), items[i].GetProperty("model_name").GetString());
            Assert.Equal(record[i].GetProperty("duration").GetDouble(), items[i].GetProperty("duration").GetDouble());
            Assert.Equal(JsonValueKind.Number, items[i].GetProperty("createTime").ValueKind);
        }

        // The posted audio URL is a real file of the files origin.
        using var mp3 = await emu.Files.GetAsync(items[0].GetProperty("audio_url").GetString());
        Assert.Equal(200, (int)mp3.StatusCode);

        await Until.Settled(emu.State);
        var log = emu.State.CallbackDeliveries;
        Assert.Equal(["text", "first", "complete"], log.Select(d => d.Stage));
        Assert.All(log, d => Assert.Equal("delivered", d.Outcome));
        Assert.All(log, d => Assert.Equal([200], d.Attempts));
        Assert.All(log, d => Assert.Equal("music", d.Family));
        Assert.Equal(complete.Body, log[2].Body);
    }

    [Fact]
    public async Task A_jump_past_every_stage_still_posts_each_stage_once_in_order()
    {
        await using var listener = new CallbackListener();
        await using var emu = await RunningEmulator.StartAsync(o => o.DefaultTrackSeconds = 2.4);
        var taskId = await SubmitAsync(emu, listener.Url);

        emu.State.AdvanceClock(500);
        Assert.Equal("text", (await listener.NextAsync()).Json.GetProperty("data").GetProperty("callbackType").GetString());
        Assert.Equal("first", (await listener.NextAsync()).Json.GetProperty("data").GetProperty("callbackType").GetString());
        Assert.Equal("complete", (await listener.NextAsync()).Json.GetProperty("data").GetProperty("callbackType").GetString());
        Assert.Equal("SUCCESS", emu.State.GetTaskStatus(taskId));
    }

    [Fact]
    public async Task A_failed_generation_posts_text_then_error_with_the_records_code_and_no_tracks()
    {
        await using var listener = new CallbackListener();
        await using var emu = await RunningEmulator.StartAsync();
        var taskId = await SubmitAsync(emu, listener.Url, "A song that will [fail]");

        emu.State.AdvanceClock(500);
        Assert.Equal("text", (await listener.NextAsync()).Json.GetProperty("data").GetProperty("callbackType").GetString());
        var error = (await listener.NextAsync()).Json;
        var record = await emu.RecordAsync(taskId);
        Assert.Equal("GENERATE_AUDIO_FAILED", record.GetProperty("status").GetString());
        Assert.Equal(record.GetProperty("errorCode").GetInt32(), error.GetProperty("code").GetInt32());
        Assert.Equal(record.GetProperty("errorMessage").GetString(), error.GetProperty("msg").GetString());
        Assert.Equal("error", error.GetProperty("data").GetProperty("callbackType").GetString());
        Assert.Equal(taskId, error.GetProperty("data").GetProperty("task_id").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("data").GetProperty("data").ValueKind);
        await Until.Settled(emu.State);
        Assert.Equal(["text", "error"], emu.State.CallbackDeliveries.Select(d => d.Stage));
    }

    [Fact]
    public async Task A_sensitive_prompt_posts_one_error_at_once()
    {
        await using var listener = new CallbackListener();
        await using var emu = await RunningEmulator.StartAsync();
        await SubmitAsync(emu, listener.Url, "Words that are [sensitive]");

        var error = (await listener.NextAsync()).Json;
        Assert.Equal(400, error.GetProperty("code").GetInt32());
        Assert.Equal("error", error.GetProperty("data").GetProperty("callbackType").GetString());
    }

    [Theory]
    [InlineData("https://example.com/callback")]
    [InlineData("http://192.0.2.10/hook")]
    public async Task A_non_loopback_url_is_never_called_and_is_logged_as_skipped(string url)
    {
        await using var emu = await RunningEmulator.StartAsync();
        var taskId = await SubmitAsync(emu, url);
        emu.State.AdvanceClock(500);

        var entry = Assert.Single(emu.State.CallbackDeliveries);
        Assert.Equal(taskId, entry.TaskId);
        Assert.Equal("skipped", entry.Outcome);
        Assert.Contains("loopback", entry.Reason);
        Assert.Empty(entry.Attempts);
        Assert.Null(entry.Body);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("[::1]")]
    public async Task Localhost_and_the_ipv6_loopback_are_loopback_urls(string host)
    {
        await using var emu = await RunningEmulator.StartAsync();
        await SubmitAsync(emu, $"http://{host}:9/hook");
        emu.State.AdvanceClock(10);

        // Posted (nobody listens on port 9, so the attempt gets no answer), not skipped.
        await Until.Attempts(emu.State, 1);
        var entry = Assert.Single(emu.State.CallbackDeliveries);
        Assert.NotEqual("skipped", entry.Outcome);
        Assert.Equal(0, entry.Attempts[0]);
    }

    [Fact]
    public async Task The_control_endpoint_lists_the_deliveries_and_a_reset_forgets_them()
    {
        await using var listener = new CallbackListener();
        await using var emu = await RunningEmulator.StartAsync(o => o.DefaultTrackSeconds = 2.4);
        var taskId = await SubmitAsync(emu, listener.Url);
        emu.State.AdvanceClock(10);
        await listener.NextAsync();
        await Until.Settled(emu.State);

        var list = await emu.GetJsonAsync("_emulator/callbacks");
        var entry = Assert.Single(list.EnumerateArray());
        Assert.Equal(taskId, entry.GetProperty("taskId").GetString());
        Assert.Equal("text", entry.GetProperty("stage").GetString());
        Assert.Equal(listener.Url, entry.GetProperty("url").GetString());
        Assert.Equal("music", entry.GetProperty("family").GetString());
        Assert.Equal(JsonValueKind.String, entry.GetProperty("body").ValueKind);

        await emu.PostJsonAsync("_emulator/reset", new { });
        Assert.Empty((await emu.GetJsonAsync("_emulator/callbacks")).EnumerateArray());
        emu.State.AdvanceClock(500); // the task is forgotten: no later stage is posted
        await Task.Delay(200);
        Assert.Null(listener.TryNext());
    }
}
