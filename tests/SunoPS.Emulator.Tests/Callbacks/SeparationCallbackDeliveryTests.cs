using System.Text.Json;
using SunoPS.Emulator.Tests.Support;
using static SunoPS.Emulator.Tests.Callbacks.CallbackSources;

namespace SunoPS.Emulator.Tests.Callbacks;

/// <summary>The separation callback (suno-api.md §6.4): snake-case <c>vocal_removal_info</c> with <c>origin_url: ""</c>.</summary>
public class SeparationCallbackDeliveryTests
{
    private static async Task<string> SubmitAsync(RunningEmulator emu, string url, string type, string prompt = "A calm piano melody about rain",
        string? stemName = null)
    {
        var (taskId, audioIds) = await MusicAsync(emu, prompt);
        object body = stemName is null
            ? new { taskId, audioId = audioIds[0], type, callBackUrl = url }
            : new { taskId, audioId = audioIds[0], type, stemName, callBackUrl = url };
        return TaskIdOf(await emu.PostJsonAsync("api/v1/vocal-removal/generate", body));
    }

    private static Task<JsonElement> RecordAsync(RunningEmulator emu, string id) =>
        CallbackSources.RecordAsync(emu, $"api/v1/vocal-removal/record-info?taskId={id}");

    [Fact]
    public async Task Separate_vocal_posts_the_documented_body_with_the_records_urls()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var id = await SubmitAsync(emu, listener.Url, "separate_vocal");
        emu.State.AdvanceClock(19);
        await Task.Delay(100);
        Assert.Null(listener.TryNext());
        emu.State.AdvanceClock(1);

        var json = (await listener.NextAsync()).Json;
        Assert.Equal(["code", "data", "msg"], Names(json)); // the docs' order
        Assert.Equal((200, "vocal Removal generated successfully."), (json.GetProperty("code").GetInt32(), json.GetProperty("msg").GetString()));
        var data = json.GetProperty("data");
        Assert.Equal(["task_id", "vocal_removal_info"], Names(data));
        Assert.Equal(id, data.GetProperty("task_id").GetString());
        var info = data.GetProperty("vocal_removal_info");
        Assert.Equal(["instrumental_url", "origin_url", "vocal_url"], Names(info));
        Assert.Equal("", info.GetProperty("origin_url").GetString());

        var response = (await RecordAsync(emu, id)).GetProperty("response");
        Assert.Equal(JsonValueKind.Null, response.GetProperty("originUrl").ValueKind); // null in the record, "" in the callback
        Assert.Equal(response.GetProperty("instrumentalUrl").GetString(), info.GetProperty("instrumental_url").GetString());
        Assert.Equal(response.GetProperty("vocalUrl").GetString(), info.GetProperty("vocal_url").GetString());
        using var stem = await emu.Files.GetAsync(info.GetProperty("vocal_url").GetString());
        Assert.Equal(200, (int)stem.StatusCode);
        var logged = await LoggedAsync(emu, id);
        Assert.Equal(("separation", "complete", "delivered"), (logged.Family, logged.Stage, logged.Outcome));
    }

    [Fact]
    public async Task Split_stem_posts_every_instrument_field_in_order_null_where_no_stem_was_made()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var id = await SubmitAsync(emu, listener.Url, "split_stem");
        emu.State.AdvanceClock(20);

        var info = (await listener.NextAsync()).Json.GetProperty("data").GetProperty("vocal_removal_info");
        Assert.Equal(
            ["backing_vocals_url", "bass_url", "brass_url", "drums_url", "fx_url", "guitar_url", "keyboard_url", "origin_url",
             "percussion_url", "strings_url", "synth_url", "vocal_url", "woodwinds_url"],
            Names(info));
        var response = (await RecordAsync(emu, id)).GetProperty("response");
        foreach (var (name, field) in new[] { ("vocal_url", "vocalUrl"), ("drums_url", "drumsUrl"), ("bass_url", "bassUrl"), ("guitar_url", "guitarUrl"),
                     ("keyboard_url", "keyboardUrl"), ("brass_url", "brassUrl"), ("fx_url", "fxUrl") })
        {
            Assert.Equal(response.GetProperty(field).ToString(), info.GetProperty(name).ToString());
        }

        Assert.Equal(5, info.EnumerateObject().Count(p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() != ""));
        Assert.Equal(JsonValueKind.Null, info.GetProperty("brass_url").ValueKind);
    }

    [Fact]
    public async Task Split_stem_advanced_posts_its_one_stem_as_origin_data()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var id = await SubmitAsync(emu, listener.Url, "split_stem_advanced", stemName: "Piano");
        emu.State.AdvanceClock(20);

        var info = (await listener.NextAsync()).Json.GetProperty("data").GetProperty("vocal_removal_info");
        Assert.Equal(["origin_data", "origin_url"], Names(info));
        var record = (await RecordAsync(emu, id)).GetProperty("response").GetProperty("originData");
        Assert.True(SameJson(record, info.GetProperty("origin_data")));
        Assert.Equal("Piano", info.GetProperty("origin_data")[0].GetProperty("stem_type_group_name").GetString());
    }

    [Fact]
    public async Task A_failed_separation_posts_code_400_and_a_null_info()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var id = await SubmitAsync(emu, listener.Url, "split_stem", "A track whose stems will [separation-fail]");
        emu.State.AdvanceClock(20);

        var json = (await listener.NextAsync()).Json;
        Assert.Equal(["code", "msg", "data"], Names(json));
        Assert.Equal((400, "Vocal separation failed"), (json.GetProperty("code").GetInt32(), json.GetProperty("msg").GetString()));
        Assert.Equal(id, json.GetProperty("data").GetProperty("task_id").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").GetProperty("vocal_removal_info").ValueKind);
        Assert.Equal("error", (await LoggedAsync(emu, id)).Stage);
    }
}
