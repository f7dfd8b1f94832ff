using System.Text.Json;
using System.Text.Json.Nodes;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Callbacks;

/// <summary>What the families' callback tests share: a finished music task to work from (its prompt may carry a family's magic word), and reads.</summary>
internal static class CallbackSources
{
    /// <summary>An emulator whose clock only the test moves.</summary>
    public static Task<RunningEmulator> StartAsync() => RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);

    /// <summary>A seeded, finished music task (the magic words of <paramref name="prompt"/> steer what is made from it) and its track ids.</summary>
    public static async Task<(string TaskId, string[] AudioIds)> MusicAsync(RunningEmulator emu, string prompt = "A calm piano melody about rain")
    {
        var taskId = emu.State.SeedTasks(new SeedTasksRequest { Count = 1, Status = "SUCCESS", Prompt = prompt, TrackSeconds = 3 })[0];
        var tracks = (await emu.RecordAsync(taskId)).GetProperty("response").GetProperty("sunoData");
        return (taskId, tracks.EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToArray());
    }

    public static string TaskIdOf(JsonElement answer)
    {
        Assert.Equal(200, answer.GetProperty("code").GetInt32());
        var data = answer.GetProperty("data");
        return (data.TryGetProperty("taskId", out var id) ? id : data.GetProperty("task_id")).GetString()!;
    }

    /// <summary>The <c>data</c> of a record read at <paramref name="path"/>.</summary>
    public static async Task<JsonElement> RecordAsync(RunningEmulator emu, string path) => (await emu.GetJsonAsync(path)).GetProperty("data");

    public static IEnumerable<string> Names(JsonElement obj) => obj.EnumerateObject().Select(p => p.Name);

    public static bool SameJson(JsonElement a, JsonElement b) => JsonNode.DeepEquals(JsonNode.Parse(a.GetRawText()), JsonNode.Parse(b.GetRawText()));

    /// <summary>The one logged callback of the task, once it is settled.</summary>
    public static async Task<Emulator.Callbacks.CallbackDelivery> LoggedAsync(RunningEmulator emu, string taskId)
    {
        await Until.Settled(emu.State);
        return Assert.Single(emu.State.CallbackDeliveries, d => d.TaskId == taskId);
    }
}
