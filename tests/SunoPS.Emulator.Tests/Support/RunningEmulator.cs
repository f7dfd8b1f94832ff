using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SunoPS.Emulator.Tests.Support;

/// <summary>An emulator started for one test, with an HttpClient that sends the key to the API origin.</summary>
internal sealed class RunningEmulator : IAsyncDisposable
{
    public const string Key = "test-key";

    private RunningEmulator(SunoEmulator emulator)
    {
        Emulator = emulator;
        Api = new HttpClient { BaseAddress = emulator.ApiUri };
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        Files = new HttpClient();
    }

    public SunoEmulator Emulator { get; }

    public EmulatorState State => Emulator.State;

    /// <summary>Sends the key; for the API origin only.</summary>
    public HttpClient Api { get; }

    /// <summary>Sends no key; for file URLs.</summary>
    public HttpClient Files { get; }

    public static async Task<RunningEmulator> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { ApiKey = Key };
        configure?.Invoke(options);
        return new RunningEmulator(await SunoEmulator.StartAsync(options));
    }

    public static object GenerateBody(string prompt = "A calm piano melody about rain", string model = "V5") => new
    {
        prompt,
        customMode = false,
        instrumental = false,
        model,
        callBackUrl = "https://example.com/callback",
    };

    public async Task<JsonElement> PostJsonAsync(string path, object body)
    {
        using var response = await Api.PostAsJsonAsync(path, body);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Api.GetAsync(path);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The <c>data</c> of a record-info answer.</summary>
    public async Task<JsonElement> RecordAsync(string taskId) =>
        (await GetJsonAsync($"api/v1/generate/record-info?taskId={taskId}")).GetProperty("data");

    /// <summary>The <c>data</c> of a WAV record-info answer.</summary>
    public async Task<JsonElement> WavRecordAsync(string taskId) =>
        (await GetJsonAsync($"api/v1/wav/record-info?taskId={taskId}")).GetProperty("data");

    public static object WavBody(string taskId, string audioId) =>
        new { taskId, audioId, callBackUrl = "https://example.com/wav-callback" };

    /// <summary>A seeded, finished music task and the ids of its two tracks.</summary>
    public async Task<(string TaskId, string[] AudioIds)> FinishedMusicAsync(double trackSeconds = 2.4)
    {
        var taskId = State.SeedTasks(1, trackSeconds: trackSeconds)[0];
        var tracks = (await RecordAsync(taskId)).GetProperty("response").GetProperty("sunoData");
        return (taskId, tracks.EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToArray());
    }

    /// <summary>Submits a WAV of one track of a finished music task; returns the WAV task id.</summary>
    public async Task<string> SubmitWavAsync(string musicTaskId, string audioId)
    {
        var answer = await PostJsonAsync("api/v1/wav/generate", WavBody(musicTaskId, audioId));
        Assert.Equal(200, answer.GetProperty("code").GetInt32());
        return answer.GetProperty("data").GetProperty("taskId").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        Files.Dispose();
        await Emulator.DisposeAsync();
    }
}
