using System.Text.Json;
using System.Text.Json.Nodes;
using static SunoPS.Emulator.Tests.Music.MusicScenario;

namespace SunoPS.Emulator.Tests.Music;

/// <summary>POST /api/v1/generate/get-timestamped-lyrics (suno-api.md §4.12), synchronous.</summary>
public class TimestampedLyricsTests
{
    [Fact]
    public async Task The_words_of_the_lyrics_come_back_in_order_with_section_tags_glued_on()
    {
        await using var scenario = await StartAsync();
        var (taskId, audioId, duration) = await CustomTrackAsync(scenario, "[Verse]\nWaggin' my tail\n\n[Chorus]\nGood dog", instrumental: false);
        var credits = scenario.State.CreditBalance;

        var answer = await scenario.PostAsync(Paths.TimestampedLyrics, new JsonObject { ["taskId"] = taskId, ["audioId"] = audioId });

        Assert.Equal(200, answer.GetProperty("code").GetInt32());
        var data = answer.GetProperty("data");
        var words = data.GetProperty("alignedWords").EnumerateArray().ToArray();
        Assert.Equal(["[Verse]\nWaggin'", "my", "tail", "[Chorus]\nGood", "dog"], words.Select(w => w.GetProperty("word").GetString()));
        Assert.All(words, w =>
        {
            Assert.True(w.GetProperty("success").GetBoolean());
            Assert.Equal(0, w.GetProperty("palign").GetInt32());
            Assert.True(w.GetProperty("endS").GetDouble() > w.GetProperty("startS").GetDouble());
            Assert.True(w.GetProperty("endS").GetDouble() <= duration);
        });
        for (var i = 1; i < words.Length; i++)
            Assert.True(words[i].GetProperty("startS").GetDouble() >= words[i - 1].GetProperty("endS").GetDouble());
        Assert.True(data.GetProperty("waveformData").GetArrayLength() > 0);
        Assert.All(data.GetProperty("waveformData").EnumerateArray(), v => Assert.InRange(v.GetDouble(), 0, 1));
        Assert.Equal(JsonValueKind.Number, data.GetProperty("hootCer").ValueKind);
        Assert.False(data.GetProperty("isStreamed").GetBoolean());
        Assert.Equal(credits, scenario.State.CreditBalance);
    }

    [Fact]
    public async Task An_instrumental_has_no_aligned_words()
    {
        await using var scenario = await StartAsync();
        var (taskId, audioId, _) = await CustomTrackAsync(scenario, null, instrumental: true);
        var data = (await scenario.PostAsync(Paths.TimestampedLyrics, new JsonObject { ["taskId"] = taskId, ["audioId"] = audioId })).GetProperty("data");
        Assert.Equal(0, data.GetProperty("alignedWords").GetArrayLength());
    }

    [Fact]
    public async Task The_track_must_be_finished_and_of_the_task()
    {
        await using var scenario = await StartAsync();
        var running = scenario.State.SeedTasks(1, "FIRST_SUCCESS")[0];
        var runningTrack = Tracks(await scenario.Emu.RecordAsync(running))[0].GetProperty("id").GetString()!;

        var unfinished = await scenario.PostAsync(Paths.TimestampedLyrics, new JsonObject { ["taskId"] = running, ["audioId"] = runningTrack });
        Assert.Equal(400, unfinished.GetProperty("code").GetInt32());
        Assert.Contains("not complete", unfinished.GetProperty("msg").GetString());

        AssertRefused(await scenario.PostAsync(Paths.TimestampedLyrics, new JsonObject { ["taskId"] = scenario.TaskId, ["audioId"] = runningTrack }), 400,
            $"audioId '{runningTrack}' is not a track of task {scenario.TaskId}.");
        AssertRefused(await scenario.PostAsync(Paths.TimestampedLyrics, new JsonObject { ["taskId"] = "nope", ["audioId"] = runningTrack }), 400,
            "taskId 'nope' is not a known music task.");
    }

    /// <summary>A finished custom-mode generation with these lyrics; returns the first track and its duration.</summary>
    private static async Task<(string TaskId, string AudioId, double Duration)> CustomTrackAsync(MusicScenario scenario, string? lyrics, bool instrumental)
    {
        var body = new JsonObject
        {
            ["customMode"] = true, ["instrumental"] = instrumental, ["model"] = "V5", ["callBackUrl"] = Callback,
            ["style"] = "Pop", ["title"] = "Dog Song", ["prompt"] = lyrics,
        };
        var taskId = await scenario.SubmitAsync(Paths.Generate, body);
        var track = Tracks(await scenario.FinishedRecordAsync(taskId))[0];
        return (taskId, track.GetProperty("id").GetString()!, track.GetProperty("duration").GetDouble());
    }
}
