using System.Text.Json.Nodes;
using static SunoPS.Emulator.Tests.Music.MusicScenario;

namespace SunoPS.Emulator.Tests.Music;

/// <summary>POST /api/v1/generate/generate-persona (suno-api.md §4.14), synchronous.</summary>
public class PersonaTests
{
    [Fact]
    public async Task A_persona_is_made_once_per_track()
    {
        await using var scenario = await StartAsync(trackSeconds: 36);
        var body = scenario.Body(Paths.Persona);

        var answer = await scenario.PostAsync(Paths.Persona, body);
        Assert.Equal(200, answer.GetProperty("code").GetInt32());
        var data = answer.GetProperty("data");
        Assert.Matches("^[0-9a-f]{32}$", data.GetProperty("personaId").GetString());
        Assert.Equal("Night Singer", data.GetProperty("name").GetString());
        Assert.Equal("A husky late-night voice", data.GetProperty("description").GetString());

        AssertRefused(await scenario.PostAsync(Paths.Persona, body.With("name", "Again")), 409, "Persona already exists for this music");
        var other = await scenario.PostAsync(Paths.Persona, body.With("audioId", scenario.AudioIds[1]));
        Assert.Equal(200, other.GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData(0, 9.5, "vocalEnd - vocalStart must be between 10 and 30 seconds.")]
    [InlineData(0, 30.5, "vocalEnd - vocalStart must be between 10 and 30 seconds.")]
    [InlineData(-1, 12, "vocalStart and vocalEnd must be 0 or more.")]
    [InlineData(20, 45, "vocalEnd (45 s) must be within the track (36 s).")]
    public async Task The_vocal_window_is_10_to_30_seconds_inside_the_track(double start, double end, string message)
    {
        await using var scenario = await StartAsync(trackSeconds: 36);
        AssertRefused(await scenario.PostAsync(Paths.Persona, scenario.Body(Paths.Persona).With("vocalStart", start).With("vocalEnd", end)), 400, message);
    }

    [Fact]
    public async Task The_default_window_needs_a_track_of_30_seconds()
    {
        await using var scenario = await StartAsync(trackSeconds: 24);
        AssertRefused(await scenario.PostAsync(Paths.Persona, scenario.Body(Paths.Persona)), 400, "vocalEnd (30 s) must be within the track (24 s).");
        var answer = await scenario.PostAsync(Paths.Persona, scenario.Body(Paths.Persona).With("vocalStart", 5).With("vocalEnd", 18).With("style", "Soul"));
        Assert.Equal(200, answer.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task The_source_must_be_finished_and_made_with_V4_or_newer()
    {
        await using var scenario = await StartAsync();
        var running = scenario.State.SeedTasks(1, "FIRST_SUCCESS")[0];
        var runningTrack = Tracks(await scenario.Emu.RecordAsync(running))[0].GetProperty("id").GetString()!;
        var unfinished = await scenario.PostAsync(Paths.Persona, scenario.Body(Paths.Persona).With("taskId", running).With("audioId", runningTrack));
        Assert.Equal(400, unfinished.GetProperty("code").GetInt32());

        var old = scenario.State.SeedTasks(new SeedTasksRequest { Model = "V3_5", TrackSeconds = 36, Status = "SUCCESS" })[0];
        var oldTrack = Tracks(await scenario.Emu.RecordAsync(old))[0].GetProperty("id").GetString()!;
        AssertRefused(await scenario.PostAsync(Paths.Persona, new JsonObject { ["taskId"] = old, ["audioId"] = oldTrack, ["name"] = "n", ["description"] = "d" }), 400,
            "A persona needs a track made with V4 or a newer model.");
    }

    [Fact]
    public async Task A_reset_forgets_personas_with_their_tasks()
    {
        await using var scenario = await StartAsync();
        await scenario.PostAsync(Paths.Persona, scenario.Body(Paths.Persona));
        scenario.State.Reset();
        Assert.Equal(400, (await scenario.PostAsync(Paths.Persona, scenario.Body(Paths.Persona))).GetProperty("code").GetInt32()); // the task is gone too
    }
}
