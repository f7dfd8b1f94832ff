using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Wav;

public class WavSeedingTests
{
    [Theory]
    [InlineData("PENDING", "PENDING")]
    [InlineData("SUCCESS", "SUCCESS")]
    [InlineData("create_task_failed", "CREATE_TASK_FAILED")]
    [InlineData("GENERATE_WAV_FAILED", "GENERATE_WAV_FAILED")]
    [InlineData("CALLBACK_EXCEPTION", "CALLBACK_EXCEPTION")]
    public async Task Seeded_wav_tasks_take_their_status_at_once_with_a_finished_source(string status, string expected)
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var control = new HttpClient { BaseAddress = emu.Emulator.ApiUri };

        var seeded = await (await control.PostAsJsonAsync("_emulator/tasks", new { family = "wav", count = 2, status, trackSeconds = 1.2 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var ids = seeded.GetProperty("taskIds").EnumerateArray().Select(e => e.GetString()!).ToList();
        emu.State.AdvanceClock(3600);

        Assert.Equal(2, ids.Count);
        Assert.Equal(4, emu.State.TaskCount); // each WAV comes with its source music task
        foreach (var id in ids)
        {
            var record = await emu.WavRecordAsync(id);
            Assert.Equal(expected, record.GetProperty("successFlag").GetString());
            Assert.Equal(0, record.GetProperty("musicIndex").GetInt32());
            Assert.Equal(expected is "SUCCESS" or "CALLBACK_EXCEPTION", record.GetProperty("response").ValueKind == JsonValueKind.Object
                && record.GetProperty("response").GetProperty("audioWavUrl").ValueKind == JsonValueKind.String);
            var source = await emu.RecordAsync(record.GetProperty("emulator").GetProperty("sourceTaskId").GetString()!);
            Assert.Equal("SUCCESS", source.GetProperty("status").GetString());
            Assert.Equal(record.GetProperty("musicId").GetString(), source.GetProperty("response").GetProperty("sunoData")[0].GetProperty("id").GetString());
            Assert.Equal(1.2, source.GetProperty("response").GetProperty("sunoData")[0].GetProperty("duration").GetDouble());
        }

        Assert.Equal(0, emu.State.Stats.GenerateAccepted);
    }

    [Fact]
    public async Task Seeded_wav_tasks_finish_at_their_own_times_and_obey_magic_words()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var ids = emu.State.SeedTasks(new SeedTasksRequest { Family = "wav", Count = 2, FinishAfterSeconds = [5, 50] });
        var failing = emu.State.SeedTasks(new SeedTasksRequest { Family = "WAV", Prompt = "quiet [wav-fail]" })[0];

        emu.State.AdvanceClock(6);
        Assert.Equal("SUCCESS", emu.State.GetTaskStatus(ids[0]));
        Assert.Equal("PENDING", emu.State.GetTaskStatus(ids[1]));
        Assert.Equal("PENDING", emu.State.GetTaskStatus(failing));
        emu.State.AdvanceClock(44);
        Assert.Equal("SUCCESS", emu.State.GetTaskStatus(ids[1]));
        Assert.Equal("GENERATE_WAV_FAILED", emu.State.GetTaskStatus(failing));
    }

    [Fact]
    public async Task The_source_track_of_a_seeded_wav_cannot_be_converted_again()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var wavId = emu.State.SeedTasks(new SeedTasksRequest { Family = "wav", Status = "SUCCESS" })[0];
        var record = await emu.WavRecordAsync(wavId);
        var sourceTaskId = record.GetProperty("emulator").GetProperty("sourceTaskId").GetString()!;

        var again = await emu.PostJsonAsync("api/v1/wav/generate", RunningEmulator.WavBody(sourceTaskId, record.GetProperty("musicId").GetString()!));
        Assert.Equal(409, again.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Bad_wav_seed_requests_are_400_with_a_reason()
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var control = new HttpClient { BaseAddress = emu.Emulator.ApiUri };

        using var musicStatus = await control.PostAsJsonAsync("_emulator/tasks", new { family = "wav", status = "FIRST_SUCCESS" });
        Assert.Equal(HttpStatusCode.BadRequest, musicStatus.StatusCode);
        Assert.Contains("GENERATE_WAV_FAILED", (await musicStatus.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());

        using var family = await control.PostAsJsonAsync("_emulator/tasks", new { family = "karaoke" });
        Assert.Equal(HttpStatusCode.BadRequest, family.StatusCode);
        Assert.Contains("music, wav", (await family.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(0, emu.State.TaskCount);
    }
}
