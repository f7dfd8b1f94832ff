using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Separation;

/// <summary>EmulatorOptions.SplitStemCount: split_stem separations with up to all twelve instrument stems of the record.</summary>
public class SplitStemCountTests
{
    private static readonly string[] InstrumentFields =
    [
        "vocalUrl", "backingVocalsUrl", "drumsUrl", "bassUrl", "guitarUrl", "keyboardUrl",
        "percussionUrl", "stringsUrl", "synthUrl", "fxUrl", "brassUrl", "woodwindsUrl",
    ];

    private static async Task<JsonElement> ResponseAsync(RunningEmulator emu, string taskId) =>
        (await emu.GetJsonAsync($"api/v1/vocal-removal/record-info?taskId={taskId}")).GetProperty("data").GetProperty("response");

    [Fact]
    public async Task Twelve_stems_fill_every_instrument_field_each_with_its_own_mp3()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.SplitStemCount = 12);
        var id = emu.State.SeedTasks(new SeedTasksRequest { Family = "separation", Status = "SUCCESS", TrackSeconds = 1.2 })[0];

        var response = await ResponseAsync(emu, id);
        var origin = response.GetProperty("originData").EnumerateArray().ToArray();
        Assert.Equal(12, origin.Length);
        Assert.Equal(12, origin.Select(o => o.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("instrumentalUrl").ValueKind);
        var urls = InstrumentFields.Select(f => response.GetProperty(f).GetString()!).ToArray();
        Assert.Equal(origin.Select(o => o.GetProperty("audio_url").GetString()).Order(), urls.Order());
        foreach (var url in urls)
        {
            var bytes = await emu.Files.GetByteArrayAsync(url);
            Assert.Equal(1.2, Mp3Frames.Count(bytes).Seconds, 1);
        }
    }

    [Fact]
    public async Task The_default_keeps_five_stems_and_a_submitted_split_follows_the_option()
    {
        await using var five = await RunningEmulator.StartAsync();
        var seeded = five.State.SeedTasks(new SeedTasksRequest { Family = "separation", Status = "SUCCESS" })[0];
        Assert.Equal(
            ["Vocals", "Drums", "Bass", "Guitar", "Keyboard"],
            (await ResponseAsync(five, seeded)).GetProperty("originData").EnumerateArray().Select(o => o.GetProperty("stem_type_group_name").GetString()));

        await using var emu = await RunningEmulator.StartAsync(o => { o.SplitStemCount = 8; o.ClockSpeed = 0.0001; });
        var (taskId, audioIds) = await emu.FinishedMusicAsync();
        var answer = await emu.PostJsonAsync("api/v1/vocal-removal/generate",
            new { taskId, audioId = audioIds[0], type = "split_stem", callBackUrl = "https://example.com/stems" });
        var split = answer.GetProperty("data").GetProperty("taskId").GetString()!;
        emu.State.AdvanceClock(60);
        Assert.Equal(8, (await ResponseAsync(emu, split)).GetProperty("originData").GetArrayLength());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public async Task A_count_outside_one_to_twelve_is_refused(int count)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RunningEmulator.StartAsync(o => o.SplitStemCount = count));
    }
}
