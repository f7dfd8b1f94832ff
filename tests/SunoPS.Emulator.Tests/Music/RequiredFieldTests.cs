using static SunoPS.Emulator.Tests.Music.MusicScenario;

namespace SunoPS.Emulator.Tests.Music;

/// <summary>
/// Every required field of every music endpoint: absent, or sent under another spelling, it is refused with
/// code 400 naming the documented field, and nothing is spent. (The client relies on these names.)
/// </summary>
public class RequiredFieldTests
{
    public static TheoryData<string, string, string> Fields => new()
    {
        { Paths.Extend, "defaultParamFlag", "defaultParamFlag is required." },
        { Paths.Extend, "audioId", "audioId is required." },
        { Paths.Extend, "model", "model is required." },
        { Paths.Extend, "callBackUrl", "callBackUrl is required." },
        { Paths.Extend, "prompt", "prompt is required when defaultParamFlag is true." },
        { Paths.Extend, "style", "style is required when defaultParamFlag is true." },
        { Paths.Extend, "title", "title is required when defaultParamFlag is true." },
        { Paths.Extend, "continueAt", "continueAt is required when defaultParamFlag is true." },
        { Paths.UploadCover, "uploadUrl", "uploadUrl is required." },
        { Paths.UploadCover, "customMode", "customMode is required." },
        { Paths.UploadCover, "instrumental", "instrumental is required." },
        { Paths.UploadCover, "model", "model is required." },
        { Paths.UploadCover, "callBackUrl", "callBackUrl is required." },
        { Paths.UploadCover, "style", "style is required when customMode is true." },
        { Paths.UploadCover, "title", "title is required when customMode is true." },
        { Paths.UploadCover, "prompt", "prompt is required when customMode is true and instrumental is false." },
        { Paths.UploadExtend, "uploadUrl", "uploadUrl is required." },
        { Paths.UploadExtend, "defaultParamFlag", "defaultParamFlag is required." },
        { Paths.UploadExtend, "model", "model is required." },
        { Paths.UploadExtend, "callBackUrl", "callBackUrl is required." },
        { Paths.UploadExtend, "style", "style is required when defaultParamFlag is true." },
        { Paths.UploadExtend, "title", "title is required when defaultParamFlag is true." },
        { Paths.UploadExtend, "prompt", "prompt is required when defaultParamFlag is true and instrumental is false." },
        { Paths.AddInstrumental, "uploadUrl", "uploadUrl is required." },
        { Paths.AddInstrumental, "title", "title is required." },
        { Paths.AddInstrumental, "negativeTags", "negativeTags is required." },
        { Paths.AddInstrumental, "tags", "tags is required." },
        { Paths.AddInstrumental, "callBackUrl", "callBackUrl is required." },
        { Paths.AddVocals, "uploadUrl", "uploadUrl is required." },
        { Paths.AddVocals, "callBackUrl", "callBackUrl is required." },
        { Paths.AddVocals, "prompt", "prompt is required." },
        { Paths.AddVocals, "title", "title is required." },
        { Paths.AddVocals, "negativeTags", "negativeTags is required." },
        { Paths.AddVocals, "style", "style is required." },
        { Paths.Mashup, "uploadUrlList", "uploadUrlList is required." },
        { Paths.Mashup, "customMode", "customMode is required." },
        { Paths.Mashup, "callBackUrl", "callBackUrl is required." },
        { Paths.Mashup, "model", "model is required." },
        { Paths.Mashup, "style", "style is required when customMode is true." },
        { Paths.Mashup, "title", "title is required when customMode is true." },
        { Paths.Sounds, "prompt", "prompt is required." },
        { Paths.Sounds, "model", "model is required." },
        { Paths.ReplaceSection, "taskId", "taskId is required." },
        { Paths.ReplaceSection, "audioId", "audioId is required." },
        { Paths.ReplaceSection, "prompt", "prompt is required." },
        { Paths.ReplaceSection, "tags", "tags is required." },
        { Paths.ReplaceSection, "title", "title is required." },
        { Paths.ReplaceSection, "infillStartS", "infillStartS is required." },
        { Paths.ReplaceSection, "infillEndS", "infillEndS is required." },
        { Paths.ReplaceSection, "fullLyrics", "fullLyrics is required." },
        { Paths.TimestampedLyrics, "taskId", "taskId is required." },
        { Paths.TimestampedLyrics, "audioId", "audioId is required." },
        { Paths.StyleBoost, "content", "content is required." },
        { Paths.Persona, "taskId", "taskId is required." },
        { Paths.Persona, "audioId", "audioId is required." },
        { Paths.Persona, "name", "name is required." },
        { Paths.Persona, "description", "description is required." },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task A_missing_or_misspelt_required_field_is_code_400(string path, string field, string message)
    {
        await using var scenario = await StartAsync();
        var credits = scenario.State.CreditBalance;
        var body = scenario.Body(path);

        AssertRefused(await scenario.PostAsync(path, body.Without(field)), 400, message);
        AssertRefused(await scenario.PostAsync(path, body.Renamed(field, Misspelt(field))), 400, message);
        Assert.Equal(credits, scenario.State.CreditBalance);
    }

    [Theory]
    [InlineData(Paths.Extend)]
    [InlineData(Paths.UploadCover)]
    [InlineData(Paths.UploadExtend)]
    [InlineData(Paths.AddInstrumental)]
    [InlineData(Paths.AddVocals)]
    [InlineData(Paths.Mashup)]
    [InlineData(Paths.Sounds)]
    [InlineData(Paths.ReplaceSection)]
    [InlineData(Paths.TimestampedLyrics)]
    [InlineData(Paths.StyleBoost)]
    [InlineData(Paths.Persona)]
    public async Task The_valid_bodies_are_accepted_and_a_body_that_is_not_an_object_is_not(string path)
    {
        await using var scenario = await StartAsync();
        Assert.Equal(200, (await scenario.PostAsync(path, scenario.Body(path))).GetProperty("code").GetInt32());
        AssertRefused(await scenario.Emu.PostRawAsync(path, "[1,2]"), 400, "The request body must be a JSON object.");
        AssertRefused(await scenario.Emu.PostRawAsync(path, "{\"a\":"), 400, "The request body is not valid JSON.");
    }

    [Theory]
    [InlineData(Paths.Extend)]
    [InlineData(Paths.UploadCover)]
    [InlineData(Paths.Sounds)]
    [InlineData(Paths.StyleBoost)]
    [InlineData(Paths.Persona)]
    public async Task Without_the_key_every_endpoint_is_code_401(string path)
    {
        await using var scenario = await StartAsync();
        using var client = new HttpClient { BaseAddress = scenario.Emu.Emulator.ApiUri };
        using var response = await client.PostAsync(path, new StringContent(scenario.Body(path).ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Contains("\"code\":401", await response.Content.ReadAsStringAsync());
    }

    /// <summary>callBackUrl → callbackUrl, audioId → audioid, prompt → Prompt: what a careless client sends.</summary>
    private static string Misspelt(string field)
    {
        var lower = field.ToLowerInvariant();
        return lower != field ? lower : char.ToUpperInvariant(field[0]) + field[1..];
    }
}
