using System.Text.Json.Nodes;
using SunoPS.Emulator.Tests.Support;
using static SunoPS.Emulator.Tests.Music.MusicScenario;

namespace SunoPS.Emulator.Tests.Music;

/// <summary>POST /api/v1/generate/upload-extend (suno-api.md §4.4).</summary>
public class UploadExtendTests
{
    [Fact]
    public async Task Without_custom_parameters_only_the_upload_is_needed_and_the_tracks_outlast_it()
    {
        await using var scenario = await StartAsync();
        var url = await scenario.Emu.UploadAsync(AudioBytes.Mp3(12), "start.mp3");
        var body = new JsonObject { ["uploadUrl"] = url, ["defaultParamFlag"] = false, ["model"] = "V5", ["callBackUrl"] = Callback };

        var record = await scenario.FinishedRecordAsync(await scenario.SubmitAsync(Paths.UploadExtend, body));

        Assert.Equal("upload_extend", record.GetProperty("operationType").GetString());
        Assert.All(Tracks(record), t => Assert.True(t.GetProperty("duration").GetDouble() > 12));
    }

    [Fact]
    public async Task Instrumental_is_optional_and_then_no_prompt_is_needed()
    {
        await using var scenario = await StartAsync();
        var body = scenario.Body(Paths.UploadExtend);
        await scenario.SubmitAsync(Paths.UploadExtend, body); // no instrumental field at all
        var record = await scenario.FinishedRecordAsync(await scenario.SubmitAsync(Paths.UploadExtend, body.Without("prompt").With("instrumental", true)));
        Assert.All(Tracks(record), t => Assert.Equal("[Instrumental]", t.GetProperty("prompt").GetString()));
        AssertRefused(await scenario.PostAsync(Paths.UploadExtend, body.With("instrumental", "yes")), 400, "instrumental must be a boolean.");
    }

    [Fact]
    public async Task ContinueAt_must_be_inside_the_upload_when_its_length_is_known()
    {
        await using var scenario = await StartAsync();
        var url = await scenario.Emu.UploadAsync(AudioBytes.Mp3(12), "start.mp3");
        var body = scenario.Body(Paths.UploadExtend).With("uploadUrl", url);

        AssertRefused(await scenario.PostAsync(Paths.UploadExtend, body.With("continueAt", 12)), 400,
            "continueAt must be greater than 0 and less than the uploaded audio's duration (12 s).");
        AssertRefused(await scenario.PostAsync(Paths.UploadExtend, body.With("continueAt", 0)), 400,
            "continueAt must be greater than 0 and less than the uploaded audio's duration (12 s).");
        var record = await scenario.FinishedRecordAsync(await scenario.SubmitAsync(Paths.UploadExtend, body.With("continueAt", 8)));
        Assert.All(Tracks(record), t => Assert.True(t.GetProperty("duration").GetDouble() > 8));
        await scenario.SubmitAsync(Paths.UploadExtend, scenario.Body(Paths.UploadExtend).With("continueAt", 500)); // unknown length: unchecked
    }
}
