using System.Net.Http.Json;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Music;

/// <summary>Stage spreads: tasks made together reach each stage at their own time within the configured spread.</summary>
public class StageSpreadTests
{
    private static Action<EmulatorOptions> Documented => o =>
    {
        o.ClockSpeed = 0.0001; // the test moves the clock itself
        (o.TextStageSeconds, o.TextStageSpreadSeconds) = (8, 4);
        (o.FirstStageSeconds, o.FirstStageSpreadSeconds) = (30, 10);
        (o.CompleteStageSeconds, o.CompleteStageSpreadSeconds) = (120, 60);
    };

    private static string[] StatusesAt(RunningEmulator emu, IReadOnlyList<string> ids, ref double at, double target)
    {
        emu.State.AdvanceClock(target - at);
        at = target;
        return ids.Select(id => emu.State.GetTaskStatus(id)!).ToArray();
    }

    [Fact]
    public async Task Each_stage_falls_within_its_spread_and_the_tasks_do_not_reach_it_together()
    {
        await using var emu = await RunningEmulator.StartAsync(Documented);
        var ids = emu.State.SeedTasks(new SeedTasksRequest { Count = 60 });
        var at = 0.0;

        Assert.All(StatusesAt(emu, ids, ref at, 7.9), s => Assert.Equal("PENDING", s));
        var midText = StatusesAt(emu, ids, ref at, 10);
        Assert.Contains("PENDING", midText);
        Assert.Contains("TEXT_SUCCESS", midText);
        Assert.All(StatusesAt(emu, ids, ref at, 12.1), s => Assert.Equal("TEXT_SUCCESS", s));
        Assert.All(StatusesAt(emu, ids, ref at, 29.9), s => Assert.Equal("TEXT_SUCCESS", s));
        var midFirst = StatusesAt(emu, ids, ref at, 35);
        Assert.Contains("TEXT_SUCCESS", midFirst);
        Assert.Contains("FIRST_SUCCESS", midFirst);
        Assert.All(StatusesAt(emu, ids, ref at, 119.9), s => Assert.Equal("FIRST_SUCCESS", s));
        var midComplete = StatusesAt(emu, ids, ref at, 150);
        var done = midComplete.Count(s => s == "SUCCESS");
        Assert.InRange(done, 10, 50); // about half of 60, drawn per task
        Assert.All(StatusesAt(emu, ids, ref at, 180.1), s => Assert.Equal("SUCCESS", s));
    }

    [Fact]
    public async Task Without_a_spread_every_task_completes_at_the_configured_time()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);
        var ids = emu.State.SeedTasks(new SeedTasksRequest { Count = 20 });
        var at = 0.0;
        Assert.All(StatusesAt(emu, ids, ref at, 119.9), s => Assert.Equal("FIRST_SUCCESS", s));
        Assert.All(StatusesAt(emu, ids, ref at, 120.1), s => Assert.Equal("SUCCESS", s));
    }

    [Fact]
    public async Task Submitted_generations_spread_too_and_explicit_finish_times_still_win()
    {
        await using var emu = await RunningEmulator.StartAsync(Documented);
        var submitted = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            var answer = await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody($"Song number {i}"));
            submitted.Add(answer.GetProperty("data").GetProperty("taskId").GetString()!);
        }

        var fixedIds = emu.State.SeedTasks(new SeedTasksRequest { Count = 3, FinishAfterSeconds = [50, 50, 50] });
        var at = 0.0;
        Assert.All(StatusesAt(emu, fixedIds, ref at, 50.1), s => Assert.Equal("SUCCESS", s));
        Assert.All(StatusesAt(emu, submitted, ref at, 119.9), s => Assert.Equal("FIRST_SUCCESS", s));
        Assert.All(StatusesAt(emu, submitted, ref at, 180.1), s => Assert.Equal("SUCCESS", s));
    }

    [Fact]
    public async Task The_timeline_endpoint_tells_when_each_task_reaches_each_stage()
    {
        await using var emu = await RunningEmulator.StartAsync(Documented);
        var ids = emu.State.SeedTasks(new SeedTasksRequest { Count = 5 });
        var frozen = emu.State.SeedTasks(1, status: "TEXT_SUCCESS")[0];
        using var response = await emu.Api.PostAsJsonAsync("_emulator/timeline", new { taskIds = ids.Append(frozen).Append("nope") });
        var tasks = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tasks").EnumerateArray().ToArray();

        Assert.Equal(7, tasks.Length);
        foreach (var (task, id) in tasks.Take(5).Zip(ids))
        {
            Assert.Equal(id, task.GetProperty("taskId").GetString());
            Assert.InRange(task.GetProperty("textAt").GetDouble(), 8, 12);
            Assert.InRange(task.GetProperty("firstAt").GetDouble(), 30, 40);
            Assert.InRange(task.GetProperty("completeAt").GetDouble(), 120, 180);
        }

        // The clock only moves forward: check each task's finish in the order they finish.
        var at = 0.0;
        foreach (var task in tasks.Take(5).OrderBy(t => t.GetProperty("completeAt").GetDouble()))
        {
            var (id, complete) = (task.GetProperty("taskId").GetString()!, task.GetProperty("completeAt").GetDouble());
            Assert.Equal("FIRST_SUCCESS", StatusesAt(emu, [id], ref at, complete - 0.01)[0]);
            Assert.Equal("SUCCESS", StatusesAt(emu, [id], ref at, complete + 0.01)[0]);
        }

        Assert.Equal(JsonValueKind.Null, tasks[5].GetProperty("firstAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, tasks[6].GetProperty("completeAt").ValueKind);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public async Task A_negative_or_infinite_spread_is_refused(double spread)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => RunningEmulator.StartAsync(o => o.CompleteStageSpreadSeconds = spread));
    }
}
