using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Midi;

/// <summary>POST /api/v1/midi/generate and its record-info (suno-api.md §4.20), over HTTP.</summary>
public class MidiEndpointTests
{
    private const string Path = "api/v1/midi/generate";

    private static async Task<JsonElement> SeparationAsync(RunningEmulator emu, string taskId) =>
        (await emu.GetJsonAsync($"api/v1/vocal-removal/record-info?taskId={taskId}")).GetProperty("data");

    private static async Task<JsonElement> RecordAsync(RunningEmulator emu, string taskId) =>
        (await emu.GetJsonAsync($"api/v1/midi/record-info?taskId={taskId}")).GetProperty("data");

    /// <summary>A finished split_stem separation (or another mode) of a finished music track.</summary>
    private static async Task<string> SeparationOfAsync(RunningEmulator emu, string type = "split_stem")
    {
        var (taskId, audioIds) = await emu.FinishedMusicAsync(trackSeconds: 6);
        var answer = await emu.PostJsonAsync("api/v1/vocal-removal/generate",
            new { taskId, audioId = audioIds[0], type, callBackUrl = "https://example.com/c" });
        var id = answer.GetProperty("data").GetProperty("taskId").GetString()!;
        emu.State.AdvanceClock(60);
        return id;
    }

    [Fact]
    public async Task Midi_of_all_stems_has_the_documented_record_with_notes_per_stem()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);
        var separation = await SeparationOfAsync(emu);

        var answer = await emu.PostJsonAsync(Path, new { taskId = separation, callBackUrl = "https://example.com/midi" });
        Assert.Equal(200, answer.GetProperty("code").GetInt32());
        var id = answer.GetProperty("data").GetProperty("taskId").GetString()!;

        var pending = await RecordAsync(emu, id);
        Assert.Equal(0, pending.GetProperty("successFlag").GetInt32());
        Assert.Equal(JsonValueKind.Number, pending.GetProperty("successFlag").ValueKind);
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("midiData").ValueKind);

        emu.State.AdvanceClock(120);
        var done = await RecordAsync(emu, id);
        Assert.Equal(1, done.GetProperty("successFlag").GetInt32());
        Assert.Equal(-1, done.GetProperty("recordTaskId").GetInt32());
        Assert.Equal("https://example.com/midi", done.GetProperty("callbackUrl").GetString());
        Assert.Equal(JsonValueKind.Number, done.GetProperty("completeTime").ValueKind);
        Assert.Equal(JsonValueKind.Null, done.GetProperty("errorCode").ValueKind);
        var midi = done.GetProperty("midiData");
        Assert.Equal("complete", midi.GetProperty("state").GetString());
        var instruments = midi.GetProperty("instruments").EnumerateArray().ToArray();
        Assert.True(instruments.Length >= 3); // every stem but the vocals
        Assert.Contains(instruments, i => i.GetProperty("name").GetString() == "Drums");
        var notes = instruments.SelectMany(i => i.GetProperty("notes").EnumerateArray()).ToArray();
        Assert.Equal(done.GetProperty("emulator").GetProperty("noteCount").GetInt32(), notes.Length);
        Assert.All(notes, n =>
        {
            Assert.InRange(n.GetProperty("pitch").GetInt32(), 0, 127);
            Assert.InRange(n.GetProperty("velocity").GetDouble(), 0, 1);
            Assert.True(n.GetProperty("end").GetDouble() > n.GetProperty("start").GetDouble());
        });

        // The same separation gives the same notes again: they are made from the stems, not at random.
        var again = (await emu.PostJsonAsync(Path, new { taskId = separation, callBackUrl = "https://example.com/midi" }))
            .GetProperty("data").GetProperty("taskId").GetString()!;
        emu.State.AdvanceClock(120);
        Assert.Equal(midi.GetRawText(), (await RecordAsync(emu, again)).GetProperty("midiData").GetRawText());
    }

    [Fact]
    public async Task One_stem_is_asked_for_by_its_origin_data_id()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);
        var separation = await SeparationOfAsync(emu);
        var drums = (await SeparationAsync(emu, separation)).GetProperty("response").GetProperty("originData").EnumerateArray()
            .First(s => s.GetProperty("stem_type_group_name").GetString() == "Drums").GetProperty("id").GetString()!;

        var id = (await emu.PostJsonAsync(Path, new { taskId = separation, audioId = drums, callBackUrl = "https://example.com/c" }))
            .GetProperty("data").GetProperty("taskId").GetString()!;
        emu.State.AdvanceClock(120);

        var done = await RecordAsync(emu, id);
        Assert.Equal(drums, done.GetProperty("audioId").GetString());
        Assert.Equal("Drums", Assert.Single(done.GetProperty("midiData").GetProperty("instruments").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Midi_is_made_only_from_a_finished_split_stem_separation()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);
        var vocal = await SeparationOfAsync(emu, "separate_vocal");
        var (musicId, _) = await emu.FinishedMusicAsync();

        var fromVocal = await emu.PostJsonAsync(Path, new { taskId = vocal, callBackUrl = "https://example.com/c" });
        Assert.Equal(400, fromVocal.GetProperty("code").GetInt32());
        Assert.Contains("split_stem", fromVocal.GetProperty("msg").GetString());

        var fromMusic = await emu.PostJsonAsync(Path, new { taskId = musicId, callBackUrl = "https://example.com/c" });
        Assert.Equal(400, fromMusic.GetProperty("code").GetInt32());

        var split = await SeparationOfAsync(emu);
        var foreign = await emu.PostJsonAsync(Path, new { taskId = split, audioId = Guid.NewGuid().ToString(), callBackUrl = "https://example.com/c" });
        Assert.Contains("audioId", foreign.GetProperty("msg").GetString());

        var wrongField = await emu.PostJsonAsync(Path, new { taskId = split, callbackUrl = "https://example.com/c" });
        Assert.Equal("callBackUrl is required.", wrongField.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Seeds_and_the_magic_word_give_each_documented_flag()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);
        var failed = emu.State.SeedTasks(new SeedTasksRequest { Family = "midi", Prompt = "A song [midi-fail]" })[0];
        emu.State.AdvanceClock(120);
        Assert.Equal(3, (await RecordAsync(emu, failed)).GetProperty("successFlag").GetInt32());
        foreach (var flag in new[] { 0, 1, 2, 3 })
        {
            var id = emu.State.SeedTasks(new SeedTasksRequest { Family = "midi", Status = flag.ToString() })[0];
            Assert.Equal(flag, (await RecordAsync(emu, id)).GetProperty("successFlag").GetInt32());
        }
    }
}
