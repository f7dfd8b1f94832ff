using System.Globalization;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;
using static SunoPS.Emulator.Tests.Callbacks.CallbackSources;

namespace SunoPS.Emulator.Tests.Callbacks;

/// <summary>The MIDI callback (suno-api.md §6.5): <c>task_id</c> at the top level and some note numbers as strings.</summary>
public class MidiCallbackDeliveryTests
{
    private static async Task<string> SubmitAsync(RunningEmulator emu, string url, string prompt = "A calm piano melody about rain")
    {
        var (taskId, audioIds) = await MusicAsync(emu, prompt);
        var separation = TaskIdOf(await emu.PostJsonAsync("api/v1/vocal-removal/generate",
            new { taskId, audioId = audioIds[0], type = "split_stem", callBackUrl = "https://example.com/stems" }));
        emu.State.AdvanceClock(20);
        return TaskIdOf(await emu.PostJsonAsync("api/v1/midi/generate", new { taskId = separation, callBackUrl = url }));
    }

    private static double NumberOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDouble();

    [Fact]
    public async Task Finished_midi_posts_the_records_notes_with_task_id_on_top_and_string_times_as_documented()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var id = await SubmitAsync(emu, listener.Url);
        emu.State.AdvanceClock(29);
        await Task.Delay(100);
        Assert.Null(listener.TryNext());
        emu.State.AdvanceClock(1);

        var json = (await listener.NextAsync()).Json;
        Assert.Equal(["task_id", "code", "msg", "data"], Names(json));
        Assert.Equal((id, 200, "success"), (json.GetProperty("task_id").GetString(), json.GetProperty("code").GetInt32(), json.GetProperty("msg").GetString()));
        var data = json.GetProperty("data");
        Assert.Equal(["state", "instruments"], Names(data)); // no task id inside data
        Assert.Equal("complete", data.GetProperty("state").GetString());

        var record = (await CallbackSources.RecordAsync(emu, $"api/v1/midi/record-info?taskId={id}")).GetProperty("midiData").GetProperty("instruments");
        var posted = data.GetProperty("instruments");
        Assert.Equal(record.GetArrayLength(), posted.GetArrayLength());
        Assert.True(posted.GetArrayLength() >= 3);
        for (var i = 0; i < record.GetArrayLength(); i++)
        {
            Assert.Equal(record[i].GetProperty("name").GetString(), posted[i].GetProperty("name").GetString());
            var want = record[i].GetProperty("notes").EnumerateArray().ToArray();
            var got = posted[i].GetProperty("notes").EnumerateArray().ToArray();
            Assert.Equal(want.Length, got.Length);
            for (var n = 0; n < got.Length; n++)
            {
                Assert.Equal(["pitch", "start", "end", "velocity"], Names(got[n]));
                Assert.Equal(JsonValueKind.String, got[n].GetProperty("end").ValueKind);
                Assert.Equal(n == 0 ? JsonValueKind.String : JsonValueKind.Number, got[n].GetProperty("start").ValueKind);
                Assert.Equal(JsonValueKind.Number, got[n].GetProperty("pitch").ValueKind);
                Assert.Equal(want[n].GetProperty("pitch").GetInt32(), got[n].GetProperty("pitch").GetInt32());
                Assert.Equal(want[n].GetProperty("start").GetDouble(), NumberOf(got[n].GetProperty("start")));
                Assert.Equal(want[n].GetProperty("end").GetDouble(), NumberOf(got[n].GetProperty("end")));
                Assert.Equal(want[n].GetProperty("velocity").GetDouble(), got[n].GetProperty("velocity").GetDouble());
            }
        }

        var logged = await LoggedAsync(emu, id);
        Assert.Equal(("midi", "complete", "delivered"), (logged.Family, logged.Stage, logged.Outcome));
    }

    [Fact]
    public async Task Failed_midi_posts_code_500_and_null_data()
    {
        await using var listener = new CallbackListener();
        await using var emu = await StartAsync();
        var id = await SubmitAsync(emu, listener.Url, "A track whose notes will [midi-fail]");
        emu.State.AdvanceClock(30);

        var json = (await listener.NextAsync()).Json;
        Assert.Equal(["task_id", "code", "msg", "data"], Names(json));
        Assert.Equal((id, 500, "MIDI generation failed"), (json.GetProperty("task_id").GetString(), json.GetProperty("code").GetInt32(), json.GetProperty("msg").GetString()));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").ValueKind);
        Assert.Equal("error", (await LoggedAsync(emu, id)).Stage);
    }
}
