using System.Net.Http.Json;
using System.Text.Json;
using static SunoPS.Emulator.Tests.Music.MusicScenario;

namespace SunoPS.Emulator.Tests.Music;

/// <summary>Seeding music tasks of any operation type, and the stats every music submission shares.</summary>
public class MusicSeedingTests
{
    [Theory]
    [InlineData("extend")]
    [InlineData("upload_cover")]
    [InlineData("mashup")]
    [InlineData("replace_section")]
    public async Task Seeded_tasks_take_the_operation_type_asked_for(string operationType)
    {
        await using var scenario = await StartAsync();
        using var response = await scenario.Emu.Api.PostAsJsonAsync("_emulator/tasks", new { count = 2, operationType, status = "SUCCESS" });
        var ids = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("taskIds").EnumerateArray().Select(e => e.GetString()!).ToArray();

        Assert.Equal(2, ids.Length);
        foreach (var id in ids) Assert.Equal(operationType, (await scenario.Emu.RecordAsync(id)).GetProperty("operationType").GetString());
        Assert.Equal("generate", (await scenario.Emu.RecordAsync(scenario.TaskId)).GetProperty("operationType").GetString());
    }

    [Fact]
    public async Task An_unknown_operation_type_is_refused()
    {
        await using var scenario = await StartAsync();
        using var response = await scenario.Emu.Api.PostAsJsonAsync("_emulator/tasks", new { operationType = "remix" });
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("operationType must be one of generate, extend", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Every_music_submission_shares_the_generate_limit_and_counters()
    {
        await using var scenario = await StartAsync(configure: o => o.GenerateLimit = 2);
        await scenario.SubmitAsync(Paths.Sounds, scenario.Body(Paths.Sounds));
        await scenario.SubmitAsync(Paths.Mashup, scenario.Body(Paths.Mashup));
        AssertRefused(await scenario.PostAsync(Paths.Extend, scenario.Body(Paths.Extend)), 430, "Your call frequency is too high. Please try again later.");
        var stats = scenario.State.Stats;
        Assert.Equal((2, 1), (stats.GenerateAccepted, stats.GenerateRejected));
    }
}
