using System.Text.Json;
using System.Text.Json.Nodes;
using static SunoPS.Emulator.Tests.Music.MusicScenario;

namespace SunoPS.Emulator.Tests.Music;

/// <summary>POST /api/v1/generate/extend (suno-api.md §4.2) as a music task.</summary>
public class ExtendTests
{
    [Fact]
    public async Task A_custom_extension_is_a_music_task_of_its_source_with_longer_tracks()
    {
        await using var scenario = await StartAsync(trackSeconds: 30);
        var credits = scenario.State.Credits;
        var body = scenario.Body(Paths.Extend);
        var taskId = await scenario.SubmitAsync(Paths.Extend, body);
        Assert.Equal(credits - 12, scenario.State.Credits);

        var pending = await scenario.Emu.RecordAsync(taskId);
        Assert.Equal("PENDING", pending.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("response").ValueKind);

        var record = await scenario.FinishedRecordAsync(taskId);
        Assert.Equal("SUCCESS", record.GetProperty("status").GetString());
        Assert.Equal("extend", record.GetProperty("operationType").GetString());
        Assert.Equal(scenario.AudioIds[0], record.GetProperty("parentMusicId").GetString());
        Assert.Equal("chirp-crow", record.GetProperty("type").GetString());
        Assert.Equal(SortedJson(body), record.GetProperty("param").GetString());
        var tracks = Tracks(record);
        Assert.Equal(2, tracks.Length);
        Assert.All(tracks, t =>
        {
            Assert.Equal("Longer Song", t.GetProperty("title").GetString());
            Assert.Equal("Jazz", t.GetProperty("tags").GetString());
            Assert.Equal("[Verse]\nThe song goes on", t.GetProperty("prompt").GetString());
            Assert.True(t.GetProperty("duration").GetDouble() > 10);
        });
    }

    [Fact]
    public async Task Without_custom_parameters_only_the_audioId_is_needed_and_the_rest_is_inherited()
    {
        await using var scenario = await StartAsync(trackSeconds: 30);
        var source = Tracks(await scenario.Emu.RecordAsync(scenario.TaskId))[0];
        var body = new JsonObject { ["defaultParamFlag"] = false, ["audioId"] = scenario.AudioIds[0], ["model"] = "V5", ["callBackUrl"] = Callback };

        var record = await scenario.FinishedRecordAsync(await scenario.SubmitAsync(Paths.Extend, body));

        Assert.Equal(scenario.AudioIds[0], record.GetProperty("parentMusicId").GetString());
        Assert.All(Tracks(record), t =>
        {
            Assert.Equal(source.GetProperty("title").GetString(), t.GetProperty("title").GetString());
            Assert.Equal(source.GetProperty("prompt").GetString(), t.GetProperty("prompt").GetString());
            Assert.True(t.GetProperty("duration").GetDouble() > source.GetProperty("duration").GetDouble()); // continues from the end
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(30)]
    [InlineData(45)]
    public async Task ContinueAt_must_be_inside_the_source_track(double continueAt)
    {
        await using var scenario = await StartAsync(trackSeconds: 30);
        var answer = await scenario.PostAsync(Paths.Extend, scenario.Body(Paths.Extend).With("continueAt", continueAt));
        AssertRefused(answer, 400, "continueAt must be greater than 0 and less than the source track's duration (30 s).");
    }

    [Fact]
    public async Task The_model_must_be_the_source_tasks()
    {
        await using var scenario = await StartAsync();
        var answer = await scenario.PostAsync(Paths.Extend, scenario.Body(Paths.Extend).With("model", "V4_5"));
        AssertRefused(answer, 400, "model 'V4_5' must be consistent with the source audio, which was made with V5.");
        AssertRefused(await scenario.PostAsync(Paths.Extend, scenario.Body(Paths.Extend).With("model", "V9")), 400,
            "model 'V9' is not supported; use one of V3_5, V4, V4_5, V4_5PLUS, V4_5ALL, V5, V5_5, V6*.");
    }

    [Fact]
    public async Task An_unknown_or_unfinished_track_is_code_400()
    {
        await using var scenario = await StartAsync();
        var unknown = Guid.NewGuid().ToString();
        AssertRefused(await scenario.PostAsync(Paths.Extend, scenario.Body(Paths.Extend).With("audioId", unknown)), 400, $"audioId '{unknown}' is not a known track.");

        var running = scenario.State.SeedTasks(1, "FIRST_SUCCESS")[0];
        var runningTrack = Tracks(await scenario.Emu.RecordAsync(running))[0].GetProperty("id").GetString()!;
        var answer = await scenario.PostAsync(Paths.Extend, scenario.Body(Paths.Extend).With("audioId", runningTrack));
        Assert.Equal(400, answer.GetProperty("code").GetInt32());
        Assert.Contains("is not complete (its task is FIRST_SUCCESS)", answer.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Magic_words_in_the_prompt_make_the_extension_fail()
    {
        await using var scenario = await StartAsync();
        var taskId = await scenario.SubmitAsync(Paths.Extend, scenario.Body(Paths.Extend).With("prompt", "[fail] more"));
        Assert.Equal("GENERATE_AUDIO_FAILED", (await scenario.FinishedRecordAsync(taskId)).GetProperty("status").GetString());
    }

    /// <summary>The body re-encoded with sorted keys, as record-info's param echoes it.</summary>
    internal static string SortedJson(JsonObject body) =>
        new JsonObject(body.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())))
            .ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
