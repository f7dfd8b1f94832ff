using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SunoPS.Emulator.Tests.Support;

/// <summary>An emulator started for one test, with HttpClients that send the key to the API and upload origins.</summary>
internal sealed class RunningEmulator : IAsyncDisposable
{
    public const string Key = "test-key";

    private RunningEmulator(SunoEmulator emulator)
    {
        Emulator = emulator;
        Api = new HttpClient { BaseAddress = emulator.ApiUri };
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        Files = new HttpClient();
        Uploads = new HttpClient { BaseAddress = emulator.UploadsUri };
        Uploads.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
    }

    public SunoEmulator Emulator { get; }

    public EmulatorState State => Emulator.State;

    /// <summary>Sends the key; for the API origin only.</summary>
    public HttpClient Api { get; }

    /// <summary>Sends no key; for file URLs.</summary>
    public HttpClient Files { get; }

    /// <summary>Sends the key; for the upload origin's endpoints.</summary>
    public HttpClient Uploads { get; }

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

    /// <summary>Posts a body exactly as written (to test misspelt and malformed fields); returns the envelope.</summary>
    public async Task<JsonElement> PostRawAsync(string path, string json)
    {
        using var response = await Api.PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Uploads bytes through the base64 endpoint; returns the download URL.</summary>
    public async Task<string> UploadAsync(byte[] bytes, string fileName, string uploadPath = "tests/audio")
    {
        using var response = await Uploads.PostAsJsonAsync("api/file-base64-upload",
            new { base64Data = Convert.ToBase64String(bytes), uploadPath, fileName });
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.GetProperty("success").GetBoolean(), answer.ToString());
        return answer.GetProperty("data").GetProperty("downloadUrl").GetString()!;
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
        Uploads.Dispose();
        await Emulator.DisposeAsync();
    }
}
