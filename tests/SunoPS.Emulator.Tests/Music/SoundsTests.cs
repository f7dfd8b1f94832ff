using System.Text.Json.Nodes;
using static SunoPS.Emulator.Tests.Music.MusicScenario;

namespace SunoPS.Emulator.Tests.Music;

/// <summary>POST /api/v1/generate/sounds (suno-api.md §4.8), polled at the music record-info.</summary>
public class SoundsTests
{
    [Fact]
    public async Task A_sound_needs_no_callback_and_is_read_at_the_music_record_info()
    {
        await using var scenario = await StartAsync();
        var body = scenario.Body(Paths.Sounds).With("soundLoop", true).With("soundTempo", 120).With("soundKey", "C#m").With("grabLyrics", false);
        var record = await scenario.FinishedRecordAsync(await scenario.SubmitAsync(Paths.Sounds, body));

        Assert.Equal("SUCCESS", record.GetProperty("status").GetString());
        Assert.Equal("sounds", record.GetProperty("operationType").GetString());
        Assert.Equal(ExtendTests.SortedJson(body), record.GetProperty("param").GetString());
        Assert.All(Tracks(record), t =>
        {
            Assert.Equal("sound, loop, 120 bpm, C#m", t.GetProperty("tags").GetString());
            Assert.Equal("[Instrumental]", t.GetProperty("prompt").GetString());
        });
    }

    [Theory]
    [InlineData("soundTempo", "0", "soundTempo must be an integer from 1 to 300, or null for auto.")]
    [InlineData("soundTempo", "301", "soundTempo must be an integer from 1 to 300, or null for auto.")]
    [InlineData("soundTempo", "90.5", "soundTempo must be an integer from 1 to 300, or null for auto.")]
    [InlineData("soundTempo", "\"120\"", "soundTempo must be an integer from 1 to 300, or null for auto.")]
    [InlineData("soundKey", "\"H\"", "soundKey must be one of Any, Cm, C#m, Dm, D#m, Em, Fm, F#m, Gm, G#m, Am, A#m, Bm, C, C#, D, D#, E, F, F#, G, G#, A, A#, B.")]
    [InlineData("soundLoop", "\"yes\"", "soundLoop must be a boolean.")]
    [InlineData("grabLyrics", "1", "grabLyrics must be a boolean.")]
    [InlineData("model", "\"V5_5\"", "model 'V5_5' is not supported; sounds tasks only support V5.")]
    [InlineData("callBackUrl", "\"not a url\"", "callBackUrl must be an absolute http or https URL.")]
    public async Task Bad_values_are_code_400(string field, string json, string message)
    {
        await using var scenario = await StartAsync();
        AssertRefused(await scenario.PostAsync(Paths.Sounds, scenario.Body(Paths.Sounds).With(field, JsonNode.Parse(json))), 400, message);
    }

    [Fact]
    public async Task A_null_tempo_is_auto_every_key_is_accepted_and_long_prompts_are_code_413()
    {
        await using var scenario = await StartAsync();
        await scenario.SubmitAsync(Paths.Sounds, scenario.Body(Paths.Sounds).With("soundTempo", null).With("callBackUrl", Callback));
        foreach (var key in new[] { "Any", "Cm", "A#m", "B", "F#" })
            await scenario.SubmitAsync(Paths.Sounds, scenario.Body(Paths.Sounds).With("soundKey", key));
        await scenario.SubmitAsync(Paths.Sounds, scenario.Body(Paths.Sounds).With("prompt", new string('p', 500)));
        AssertRefused(await scenario.PostAsync(Paths.Sounds, scenario.Body(Paths.Sounds).With("prompt", new string('p', 501))), 413, "Theme or prompt too long");
    }

    [Fact]
    public async Task Magic_words_work_for_sounds()
    {
        await using var scenario = await StartAsync();
        var taskId = await scenario.SubmitAsync(Paths.Sounds, scenario.Body(Paths.Sounds).With("prompt", "Thunder [create-fail]"));
        Assert.Equal("CREATE_TASK_FAILED", (await scenario.Emu.RecordAsync(taskId)).GetProperty("status").GetString());
    }
}
