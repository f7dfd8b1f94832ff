using System.Text.Json.Nodes;
using SunoPS.Emulator.Tests.Support;
using static SunoPS.Emulator.Tests.Music.MusicScenario;

namespace SunoPS.Emulator.Tests.Music;

/// <summary>POST /api/v1/generate/replace-section (suno-api.md §4.9): both modes and the window rules.</summary>
public class ReplaceSectionTests
{
    [Fact]
    public async Task A_section_of_a_finished_track_is_replaced_keeping_its_length_and_the_full_lyrics()
    {
        await using var scenario = await StartAsync(trackSeconds: 36);
        var body = scenario.Body(Paths.ReplaceSection);
        var record = await scenario.FinishedRecordAsync(await scenario.SubmitAsync(Paths.ReplaceSection, body));

        Assert.Equal("replace_section", record.GetProperty("operationType").GetString());
        Assert.Equal(ExtendTests.SortedJson(body), record.GetProperty("param").GetString());
        Assert.All(Tracks(record), t =>
        {
            Assert.Equal(36, t.GetProperty("duration").GetDouble(), 2);
            Assert.Equal("[Verse 1]\nOriginal lyrics here\n[Chorus]\nModified lyrics", t.GetProperty("prompt").GetString());
            Assert.Equal("Jazz", t.GetProperty("tags").GetString());
        });
    }

    [Fact]
    public async Task Uploaded_audio_needs_a_model_and_its_length_bounds_the_window()
    {
        await using var scenario = await StartAsync();
        var url = await scenario.Emu.UploadAsync(AudioBytes.Mp3(30), "to-edit.mp3");
        var body = scenario.Body(Paths.ReplaceSection).Without("taskId").Without("audioId").With("uploadUrl", url).With("model", "V4_5");

        await scenario.SubmitAsync(Paths.ReplaceSection, body.With("infillStartS", 20).With("infillEndS", 30));
        AssertRefused(await scenario.PostAsync(Paths.ReplaceSection, body.Without("model")), 400, "model is required.");
        AssertRefused(await scenario.PostAsync(Paths.ReplaceSection, body.With("infillStartS", 22).With("infillEndS", 32)), 400,
            "infillEndS (32 s) must not be beyond the end of the source audio (30 s).");
        AssertRefused(await scenario.PostAsync(Paths.ReplaceSection, body.With("infillStartS", 0).With("infillEndS", 16)), 400,
            "The section (16 s) must not exceed 50% of the source audio's duration (30 s).");
        await scenario.SubmitAsync(Paths.ReplaceSection, body.With("uploadUrl", ElsewhereAudio).With("infillEndS", 70)); // unknown length
    }

    [Theory]
    [InlineData(-1, 10, "infillStartS must be 0 or more.")]
    [InlineData(20, 20, "infillStartS must be less than infillEndS.")]
    [InlineData(20, 10, "infillStartS must be less than infillEndS.")]
    [InlineData(10, 15.5, "The section (infillEndS - infillStartS = 5.5 s) must be between 6 and 60 seconds long.")]
    [InlineData(0, 60.5, "The section (infillEndS - infillStartS = 60.5 s) must be between 6 and 60 seconds long.")]
    [InlineData(100, 130, "infillEndS (130 s) must not be beyond the end of the source audio (120 s).")]
    [InlineData(0, 60.01, "The section (infillEndS - infillStartS = 60.01 s) must be between 6 and 60 seconds long.")]
    public async Task Each_window_rule_is_code_400_naming_it(double start, double end, string message)
    {
        await using var scenario = await StartAsync(trackSeconds: 120);
        var body = scenario.Body(Paths.ReplaceSection).With("infillStartS", start).With("infillEndS", end);
        AssertRefused(await scenario.PostAsync(Paths.ReplaceSection, body), 400, message);
    }

    [Fact]
    public async Task The_window_may_be_half_the_track_but_no_more()
    {
        await using var scenario = await StartAsync(trackSeconds: 30);
        await scenario.SubmitAsync(Paths.ReplaceSection, scenario.Body(Paths.ReplaceSection).With("infillStartS", 0).With("infillEndS", 15));
        AssertRefused(await scenario.PostAsync(Paths.ReplaceSection, scenario.Body(Paths.ReplaceSection).With("infillStartS", 0).With("infillEndS", 15.5)), 400,
            "The section (15.5 s) must not exceed 50% of the source audio's duration (30 s).");
    }

    [Fact]
    public async Task One_mode_exactly_and_the_source_must_be_a_finished_track_of_the_task()
    {
        await using var scenario = await StartAsync();
        var body = scenario.Body(Paths.ReplaceSection);
        AssertRefused(await scenario.PostAsync(Paths.ReplaceSection, body.With("uploadUrl", ElsewhereAudio)), 400,
            "Send either taskId and audioId (a generated track) or uploadUrl and model (uploaded audio), not both.");
        AssertRefused(await scenario.PostAsync(Paths.ReplaceSection, body.Without("taskId").Without("audioId")), 400,
            "taskId and audioId (a generated track) or uploadUrl and model (uploaded audio) are required.");

        var (otherTask, _) = await scenario.Emu.FinishedMusicAsync(36);
        var foreign = await scenario.PostAsync(Paths.ReplaceSection, body.With("taskId", otherTask));
        AssertRefused(foreign, 400, $"audioId '{scenario.AudioIds[0]}' is not a track of task {otherTask}.");

        var pending = scenario.State.SeedTasks(1, "TEXT_SUCCESS")[0];
        var pendingTrack = Tracks(await scenario.Emu.RecordAsync(pending))[0].GetProperty("id").GetString()!;
        var unfinished = await scenario.PostAsync(Paths.ReplaceSection, body.With("taskId", pending).With("audioId", pendingTrack));
        Assert.Equal(400, unfinished.GetProperty("code").GetInt32());
        Assert.Contains("not complete", unfinished.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task NegativeTags_and_callBackUrl_are_optional_but_checked()
    {
        await using var scenario = await StartAsync();
        var body = scenario.Body(Paths.ReplaceSection);
        await scenario.SubmitAsync(Paths.ReplaceSection, body.With("negativeTags", "Rock").With("callBackUrl", Callback));
        AssertRefused(await scenario.PostAsync(Paths.ReplaceSection, body.With("callBackUrl", "nope")), 400, "callBackUrl must be an absolute http or https URL.");
        AssertRefused(await scenario.PostAsync(Paths.ReplaceSection, body.With("infillStartS", "10")), 400, "infillStartS must be a number of seconds.");
    }
}
