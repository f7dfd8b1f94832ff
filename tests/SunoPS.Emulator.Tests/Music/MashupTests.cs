using System.Text.Json.Nodes;
using static SunoPS.Emulator.Tests.Music.MusicScenario;

namespace SunoPS.Emulator.Tests.Music;

/// <summary>POST /api/v1/generate/mashup (suno-api.md §4.7).</summary>
public class MashupTests
{
    [Fact]
    public async Task Two_audios_make_a_mashup_task()
    {
        await using var scenario = await StartAsync();
        var record = await scenario.FinishedRecordAsync(await scenario.SubmitAsync(Paths.Mashup, scenario.Body(Paths.Mashup)));
        Assert.Equal("mashup", record.GetProperty("operationType").GetString());
        Assert.Equal(2, Tracks(record).Length);
        Assert.All(Tracks(record), t => Assert.Equal("Mashed", t.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Exactly_two_urls_are_needed(int count)
    {
        await using var scenario = await StartAsync();
        var list = new JsonArray(Enumerable.Range(0, count).Select(i => (JsonNode)$"https://example.com/{i}.mp3").ToArray());
        AssertRefused(await scenario.PostAsync(Paths.Mashup, scenario.Body(Paths.Mashup).With("uploadUrlList", list)), 400,
            "uploadUrlList must be an array of exactly 2 URLs.");
    }

    [Fact]
    public async Task The_urls_must_be_http_and_the_string_form_is_refused()
    {
        await using var scenario = await StartAsync();
        AssertRefused(await scenario.PostAsync(Paths.Mashup, scenario.Body(Paths.Mashup).With("uploadUrlList", "https://example.com/a.mp3")), 400,
            "uploadUrlList must be an array of exactly 2 URLs.");
        AssertRefused(await scenario.PostAsync(Paths.Mashup, scenario.Body(Paths.Mashup).With("uploadUrlList", new JsonArray("https://example.com/a.mp3", "b.mp3"))), 400,
            "uploadUrlList must be an absolute http or https URL.");
    }

    [Fact]
    public async Task V5_5_is_not_offered_and_the_title_is_at_most_100_characters()
    {
        await using var scenario = await StartAsync();
        AssertRefused(await scenario.PostAsync(Paths.Mashup, scenario.Body(Paths.Mashup).With("model", "V5_5")), 400,
            "model 'V5_5' is not supported; use one of V4, V4_5, V4_5PLUS, V4_5ALL, V5.");
        await scenario.SubmitAsync(Paths.Mashup, scenario.Body(Paths.Mashup).With("title", new string('t', 100)));
        AssertRefused(await scenario.PostAsync(Paths.Mashup, scenario.Body(Paths.Mashup).With("title", new string('t', 101))), 413, "Theme or prompt too long");
    }

    [Fact]
    public async Task The_custom_mode_matrix_applies()
    {
        await using var scenario = await StartAsync();
        var simple = scenario.Body(Paths.Mashup).Without("style").Without("title").With("customMode", false);
        await scenario.SubmitAsync(Paths.Mashup, simple);
        AssertRefused(await scenario.PostAsync(Paths.Mashup, simple.Without("prompt")), 400, "prompt is required when customMode is false.");
        AssertRefused(await scenario.PostAsync(Paths.Mashup, scenario.Body(Paths.Mashup).Without("prompt")), 400,
            "prompt is required when customMode is true and instrumental is false.");
        await scenario.SubmitAsync(Paths.Mashup, scenario.Body(Paths.Mashup).Without("prompt").With("instrumental", true));
    }
}
