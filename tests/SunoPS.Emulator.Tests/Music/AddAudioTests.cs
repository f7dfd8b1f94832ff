using static SunoPS.Emulator.Tests.Music.MusicScenario;

namespace SunoPS.Emulator.Tests.Music;

/// <summary>POST add-instrumental and add-vocals (suno-api.md §4.5, §4.6).</summary>
public class AddAudioTests
{
    [Fact]
    public async Task Add_instrumental_makes_instrumental_tracks_styled_by_tags_with_V4_5PLUS_by_default()
    {
        await using var scenario = await StartAsync();
        var body = scenario.Body(Paths.AddInstrumental);
        var record = await scenario.FinishedRecordAsync(await scenario.SubmitAsync(Paths.AddInstrumental, body));

        Assert.Equal("add_instrumental", record.GetProperty("operationType").GetString());
        Assert.Equal("chirp-bluejay", record.GetProperty("type").GetString());
        Assert.Equal(ExtendTests.SortedJson(body), record.GetProperty("param").GetString());
        Assert.All(Tracks(record), t =>
        {
            Assert.Equal("[Instrumental]", t.GetProperty("prompt").GetString());
            Assert.Equal("Acoustic, Warm", t.GetProperty("tags").GetString());
            Assert.Equal("Backing", t.GetProperty("title").GetString());
        });
    }

    [Fact]
    public async Task Add_vocals_sings_the_prompt()
    {
        await using var scenario = await StartAsync();
        var record = await scenario.FinishedRecordAsync(await scenario.SubmitAsync(Paths.AddVocals, scenario.Body(Paths.AddVocals).With("model", "V5_5")));

        Assert.Equal("add_vocals", record.GetProperty("operationType").GetString());
        Assert.Equal("chirp-crow-v5-5", record.GetProperty("type").GetString());
        Assert.All(Tracks(record), t =>
        {
            Assert.Equal("[Verse]\nSinging over it", t.GetProperty("prompt").GetString());
            Assert.Equal("Soul", t.GetProperty("tags").GetString());
        });
    }

    [Theory]
    [InlineData(Paths.AddInstrumental, "V5", true)]
    [InlineData(Paths.AddInstrumental, "V5_5", true)]
    [InlineData(Paths.AddInstrumental, "V4", false)]
    [InlineData(Paths.AddInstrumental, "V4_5ALL", false)]
    [InlineData(Paths.AddVocals, "V4_5PLUS", true)]
    [InlineData(Paths.AddVocals, "V4_5", false)]
    public async Task Only_V4_5PLUS_V5_and_V5_5_are_offered(string path, string model, bool accepted)
    {
        await using var scenario = await StartAsync();
        var answer = await scenario.PostAsync(path, scenario.Body(path).With("model", model));
        if (accepted) Assert.Equal(200, answer.GetProperty("code").GetInt32());
        else AssertRefused(answer, 400, $"model '{model}' is not supported; use one of V4_5PLUS, V5, V5_5.");
    }

    [Fact]
    public async Task Weights_and_vocal_gender_are_checked()
    {
        await using var scenario = await StartAsync();
        AssertRefused(await scenario.PostAsync(Paths.AddVocals, scenario.Body(Paths.AddVocals).With("styleWeight", 1.5)), 400, "styleWeight must be a number between 0 and 1.");
        AssertRefused(await scenario.PostAsync(Paths.AddInstrumental, scenario.Body(Paths.AddInstrumental).With("vocalGender", "x")), 400, "vocalGender must be \"m\" or \"f\".");
    }

    [Fact]
    public async Task Magic_words_in_the_title_make_the_task_fail()
    {
        await using var scenario = await StartAsync();
        var taskId = await scenario.SubmitAsync(Paths.AddInstrumental, scenario.Body(Paths.AddInstrumental).With("title", "Backing [sensitive]"));
        Assert.Equal("SENSITIVE_WORD_ERROR", (await scenario.Emu.RecordAsync(taskId)).GetProperty("status").GetString());
    }
}
