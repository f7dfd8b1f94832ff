using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Control;

public class ControlEndpointTests
{
    [Fact]
    public async Task Seeded_tasks_finish_at_their_own_times()
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var control = new HttpClient { BaseAddress = emu.Emulator.ApiUri };

        var seeded = await (await control.PostAsJsonAsync("_emulator/tasks", new { count = 2, prompt = "seed", finishAfterSeconds = new[] { 5.0, 500.0 } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var ids = seeded.GetProperty("taskIds").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(2, ids.Count);

        await control.PostAsJsonAsync("_emulator/clock", new { advanceSeconds = 6 });

        Assert.Equal("SUCCESS", (await emu.RecordAsync(ids[0])).GetProperty("status").GetString());
        Assert.Equal("PENDING", (await emu.RecordAsync(ids[1])).GetProperty("status").GetString());
        Assert.Equal(0, emu.State.Stats.GenerateAccepted); // seeding is not a submission
    }

    [Fact]
    public async Task Create_times_are_real_times_however_fast_the_clock_runs()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ClockSpeed = 600);
        using var control = new HttpClient { BaseAddress = emu.Emulator.ApiUri };
        await control.PostAsJsonAsync("_emulator/clock", new { advanceSeconds = 7200 });

        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var taskId = emu.State.SeedTasks(1)[0];
        var created = (await emu.RecordAsync(taskId)).GetProperty("createTime").GetInt64();
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        Assert.InRange(created, before, after);
    }

    [Fact]
    public async Task Expire_settings_stats_and_reset_work_over_http()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.InitialCredits = 100);
        using var control = new HttpClient { BaseAddress = emu.Emulator.ApiUri };
        var taskId = emu.State.SeedTasks(1)[0];
        var url = (await emu.RecordAsync(taskId)).GetProperty("response").GetProperty("sunoData")[0].GetProperty("audioUrl").GetString();

        using var expired = await control.PostAsJsonAsync("_emulator/expire-files", new { taskId, code = 410 });
        Assert.Equal(HttpStatusCode.OK, expired.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await emu.Files.GetAsync(url)).StatusCode);

        var settings = await (await control.PostAsJsonAsync("_emulator/settings", new { credits = 5, clockSpeed = 60 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5, settings.GetProperty("credits").GetInt64());
        Assert.Equal(60, emu.State.ClockSpeed);

        var stats = await control.GetFromJsonAsync<JsonElement>("_emulator/stats");
        Assert.Equal(1, stats.GetProperty("apiRequests").GetInt64());
        Assert.Equal(1, stats.GetProperty("filesRequests").GetInt64());
        Assert.Equal(1, stats.GetProperty("requestsByPath").GetProperty("/api/v1/generate/record-info").GetInt64());

        await control.PostAsync("_emulator/reset", null);
        Assert.Equal(0, emu.State.TaskCount);
        Assert.Equal(100, emu.State.Credits);
        Assert.Equal(0, emu.State.Stats.ApiRequests);
    }

    [Fact]
    public async Task Bad_control_requests_are_400_with_a_reason()
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var control = new HttpClient { BaseAddress = emu.Emulator.ApiUri };

        using var badKind = await control.PostAsync("_emulator/faults", new StringContent("""{"kind":"explode"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Contains("bodyCode", (await badKind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());

        using var badStatus = await control.PostAsJsonAsync("_emulator/tasks", new { count = 1, status = "DONE" });
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
    }
}
