using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Wav;

public class WavRequestTests
{
    private const string Path = "api/v1/wav/generate";

    [Theory]
    [InlineData("""{"audioId":"A","callBackUrl":"https://e.com/c"}""", "taskId is required.")]
    [InlineData("""{"taskId":"T","callBackUrl":"https://e.com/c"}""", "audioId is required.")]
    [InlineData("""{"taskId":"T","audioId":"A"}""", "callBackUrl is required.")]
    [InlineData("""{"taskId":"T","audioId":"A","callbackUrl":"https://e.com/c"}""", "callBackUrl is required.")] // misspelt: lowercase b
    [InlineData("""{"taskId":"T","audioId":"A","callBackUrl":"not a url"}""", "callBackUrl must be an absolute http or https URL.")]
    [InlineData("""{"taskId":"T","audioId":"A","callBackUrl":"ftp://e.com/c"}""", "callBackUrl must be an absolute http or https URL.")]
    [InlineData("""{"taskId":7,"audioId":"A","callBackUrl":"https://e.com/c"}""", "taskId must be a string.")]
    [InlineData("""{"taskId":"  ","audioId":"A","callBackUrl":"https://e.com/c"}""", "taskId is required.")]
    [InlineData("""["T","A"]""", "The request body must be a JSON object.")]
    [InlineData("""{"taskId":"T",""", "The request body is not valid JSON.")]
    public async Task Malformed_requests_get_code_400_naming_the_field(string body, string message)
    {
        await using var emu = await RunningEmulator.StartAsync();
        var (taskId, audioIds) = await emu.FinishedMusicAsync();
        var credits = emu.State.Credits;

        var envelope = await PostRawAsync(emu, body.Replace("\"T\"", $"\"{taskId}\"").Replace("\"A\"", $"\"{audioIds[0]}\""));

        Assert.Equal(400, envelope.GetProperty("code").GetInt32());
        Assert.Equal(message, envelope.GetProperty("msg").GetString());
        Assert.Equal(JsonValueKind.Null, envelope.GetProperty("data").ValueKind);
        Assert.Equal(credits, emu.State.Credits);
    }

    [Fact]
    public async Task An_unknown_task_or_a_track_of_another_task_is_refused()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var (taskId, _) = await emu.FinishedMusicAsync();
        var (_, otherAudioIds) = await emu.FinishedMusicAsync();

        var unknownTask = await emu.PostJsonAsync(Path, RunningEmulator.WavBody("0123456789abcdef0123456789abcdef", otherAudioIds[0]));
        Assert.Equal(400, unknownTask.GetProperty("code").GetInt32());
        Assert.Contains("taskId", unknownTask.GetProperty("msg").GetString());

        var foreignTrack = await emu.PostJsonAsync(Path, RunningEmulator.WavBody(taskId, otherAudioIds[0]));
        Assert.Equal(400, foreignTrack.GetProperty("code").GetInt32());
        Assert.Contains("audioId", foreignTrack.GetProperty("msg").GetString());

        var notAUuid = await emu.PostJsonAsync(Path, RunningEmulator.WavBody(taskId, "track-1"));
        Assert.Contains("audioId", notAUuid.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task A_wav_task_id_is_not_a_music_task()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var wavId = emu.State.SeedTasks(new SeedTasksRequest { Family = "wav" })[0];
        var musicId = (await emu.WavRecordAsync(wavId)).GetProperty("musicId").GetString()!;

        var answer = await emu.PostJsonAsync(Path, RunningEmulator.WavBody(wavId, musicId));
        Assert.Equal(400, answer.GetProperty("code").GetInt32());
        Assert.Contains("taskId", answer.GetProperty("msg").GetString());
    }

    [Theory]
    [InlineData("x", 0, "TEXT_SUCCESS")]
    [InlineData("x", 20, "FIRST_SUCCESS")]
    [InlineData("x [fail]", 200, "GENERATE_AUDIO_FAILED")]
    public async Task A_track_whose_task_is_not_complete_is_refused(string prompt, double laterSeconds, string status)
    {
        await using var emu = await RunningEmulator.StartAsync();
        var taskId = (await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody(prompt))).GetProperty("data").GetProperty("taskId").GetString()!;
        emu.State.AdvanceClock(10); // TEXT_SUCCESS: the first stage that shows the track ids
        var audioId = (await emu.RecordAsync(taskId)).GetProperty("response").GetProperty("sunoData")[0].GetProperty("id").GetString()!;
        emu.State.AdvanceClock(laterSeconds);
        Assert.Equal(status, emu.State.GetTaskStatus(taskId));
        var credits = emu.State.Credits;

        var answer = await emu.PostJsonAsync(Path, RunningEmulator.WavBody(taskId, audioId));

        Assert.Equal(400, answer.GetProperty("code").GetInt32());
        Assert.Contains("not complete", answer.GetProperty("msg").GetString());
        Assert.Contains(status, answer.GetProperty("msg").GetString());
        Assert.Equal(credits, emu.State.Credits);
    }

    [Fact]
    public async Task A_second_wav_of_the_same_track_is_409_and_costs_nothing()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var (taskId, audioIds) = await emu.FinishedMusicAsync();

        var first = await emu.PostJsonAsync(Path, RunningEmulator.WavBody(taskId, audioIds[0]));
        var afterFirst = emu.State.Credits;
        var again = await emu.PostJsonAsync(Path, RunningEmulator.WavBody(taskId, audioIds[0]));
        var otherTrack = await emu.PostJsonAsync(Path, RunningEmulator.WavBody(taskId, audioIds[1]));

        Assert.Equal(200, first.GetProperty("code").GetInt32());
        Assert.Equal("""{"code":409,"msg":"Conflict - WAV record already exists","data":null}""", again.GetRawText());
        Assert.Equal(afterFirst - 1, emu.State.Credits); // only the other track was charged
        Assert.Equal(200, otherTrack.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Each_wav_costs_its_credits_and_too_few_is_429()
    {
        await using var emu = await RunningEmulator.StartAsync(o => { o.InitialCredits = 5; o.CreditsPerWav = 3; });
        var (taskId, audioIds) = await emu.FinishedMusicAsync();

        var first = await emu.PostJsonAsync(Path, RunningEmulator.WavBody(taskId, audioIds[0]));
        var second = await emu.PostJsonAsync(Path, RunningEmulator.WavBody(taskId, audioIds[1]));

        Assert.Equal(200, first.GetProperty("code").GetInt32());
        Assert.Matches("^[0-9a-f]{32}$", first.GetProperty("data").GetProperty("taskId").GetString());
        Assert.Equal(429, second.GetProperty("code").GetInt32());
        Assert.Equal("Insufficient credits", second.GetProperty("msg").GetString());
        Assert.Equal(2, emu.State.Credits);

        // After a top-up the refused track can still be converted: a 429 leaves no record behind.
        using var control = new HttpClient { BaseAddress = emu.Emulator.ApiUri };
        var settings = await (await control.PostAsJsonAsync("_emulator/settings", new { credits = 10, creditsPerWav = 2 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, settings.GetProperty("creditsPerWav").GetInt32());
        Assert.Equal(200, (await emu.PostJsonAsync(Path, RunningEmulator.WavBody(taskId, audioIds[1]))).GetProperty("code").GetInt32());
        Assert.Equal(8, emu.State.Credits);
    }

    [Fact]
    public async Task Wav_requests_are_not_held_by_the_generate_limit()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.GenerateLimit = 1);
        var (taskId, audioIds) = await emu.FinishedMusicAsync();
        Assert.Equal(200, (await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody())).GetProperty("code").GetInt32());

        Assert.Equal(200, (await emu.PostJsonAsync(Path, RunningEmulator.WavBody(taskId, audioIds[0]))).GetProperty("code").GetInt32());
        Assert.Equal(200, (await emu.PostJsonAsync(Path, RunningEmulator.WavBody(taskId, audioIds[1]))).GetProperty("code").GetInt32());
        Assert.Equal(0, emu.State.Stats.GenerateRejected);
    }

    private static async Task<JsonElement> PostRawAsync(RunningEmulator emu, string body)
    {
        using var response = await emu.Api.PostAsync(Path, new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
