using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Video;

/// <summary>POST /api/v1/mp4/generate, its record and its file (suno-api.md §4.21).</summary>
public class VideoEndpointTests
{
    private const string Path = "api/v1/mp4/generate";

    private static Task<RunningEmulator> Start() => RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);

    private static async Task<JsonElement> RecordAsync(RunningEmulator emu, string taskId) =>
        (await emu.GetJsonAsync($"api/v1/mp4/record-info?taskId={taskId}")).GetProperty("data");

    [Theory]
    [InlineData("""{"audioId":"A","callBackUrl":"https://e.com/c"}""", "taskId is required.")]
    [InlineData("""{"taskId":"T","callBackUrl":"https://e.com/c"}""", "audioId is required.")]
    [InlineData("""{"taskId":"T","audioId":"A","callbackUrl":"https://e.com/c"}""", "callBackUrl is required.")]
    [InlineData("""{"taskId":"T","audioId":"A","callBackUrl":"https://e.com/c","author":7}""", "author must be a string.")]
    [InlineData("""{"taskId":"T","audioId":"A","callBackUrl":"https://e.com/c","domainName":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}""", "domainName has 51 characters; at most 50 are allowed.")]
    public async Task Malformed_requests_get_code_400_naming_the_field(string body, string message)
    {
        await using var emu = await Start();
        var (taskId, audioIds) = await emu.FinishedMusicAsync();
        var credits = emu.State.Credits;

        using var response = await emu.Api.PostAsync(Path, new StringContent(
            body.Replace("\"T\"", $"\"{taskId}\"").Replace("\"A\"", $"\"{audioIds[0]}\""), Encoding.UTF8, "application/json"));
        var envelope = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(400, envelope.GetProperty("code").GetInt32());
        Assert.Equal(message, envelope.GetProperty("msg").GetString());
        Assert.Equal(credits, emu.State.Credits);
    }

    [Fact]
    public async Task A_video_is_pending_then_has_a_real_mp4_and_a_second_one_is_409()
    {
        await using var emu = await Start();
        var (taskId, audioIds) = await emu.FinishedMusicAsync(trackSeconds: 3);
        var answer = await emu.PostJsonAsync(Path, new { taskId, audioId = audioIds[1], callBackUrl = "https://e.com/c", author = "Me" });
        Assert.Equal(200, answer.GetProperty("code").GetInt32());
        var videoId = answer.GetProperty("data").GetProperty("taskId").GetString()!;

        var pending = await RecordAsync(emu, videoId);
        Assert.Equal("PENDING", pending.GetProperty("successFlag").GetString());
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("response").ValueKind);
        Assert.Equal(audioIds[1], pending.GetProperty("musicId").GetString());
        Assert.Equal(1, pending.GetProperty("musicIndex").GetInt32());
        Assert.Equal("https://e.com/c", pending.GetProperty("callbackUrl").GetString()); // lowercase b

        emu.State.AdvanceClock(60);
        var done = await RecordAsync(emu, videoId);
        Assert.Equal("SUCCESS", done.GetProperty("successFlag").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", done.GetProperty("completeTime").GetString());
        var url = done.GetProperty("response").GetProperty("videoUrl").GetString()!;
        Assert.EndsWith(".mp4", url);

        using var file = await emu.Files.GetAsync(url);
        Assert.Equal("video/mp4", file.Content.Headers.ContentType!.MediaType);
        var bytes = await file.Content.ReadAsByteArrayAsync();
        Assert.Equal(new[] { "ftyp", "moov", "mdat" }, Boxes(bytes).Select(b => b.Type));
        Assert.Equal(bytes.Length, Boxes(bytes).Sum(b => b.Size));

        var again = await emu.PostJsonAsync(Path, new { taskId, audioId = audioIds[1], callBackUrl = "https://e.com/c" });
        Assert.Equal(409, again.GetProperty("code").GetInt32());
        Assert.Equal("Conflict - Mp4 record already exists", again.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task The_fail_word_of_the_source_fails_the_video_and_serves_no_file()
    {
        await using var emu = await Start();
        var musicId = emu.State.SeedTasks(new SeedTasksRequest { Prompt = "A song [video-fail]", Status = "SUCCESS" })[0];
        Assert.Equal("SUCCESS", emu.State.GetTaskStatus(musicId));
        var audioId = (await emu.RecordAsync(musicId)).GetProperty("response").GetProperty("sunoData")[0].GetProperty("id").GetString();
        var videoId = (await emu.PostJsonAsync(Path, new { taskId = musicId, audioId, callBackUrl = "https://e.com/c" }))
            .GetProperty("data").GetProperty("taskId").GetString()!;
        emu.State.AdvanceClock(60);

        var record = await RecordAsync(emu, videoId);

        Assert.Equal("GENERATE_MP4_FAILED", record.GetProperty("successFlag").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("response").GetProperty("videoUrl").ValueKind);
        Assert.Equal(400, record.GetProperty("errorCode").GetInt32());
    }

    [Fact]
    public async Task Expired_video_links_answer_their_code_and_the_record_shows_new_ones()
    {
        await using var emu = await Start();
        var videoId = emu.State.SeedTasks(new SeedTasksRequest { Family = "video", Status = "SUCCESS" })[0];
        var first = (await RecordAsync(emu, videoId)).GetProperty("response").GetProperty("videoUrl").GetString()!;

        Assert.True(emu.State.ExpireFiles(videoId, 403));

        using (var expired = await emu.Files.GetAsync(first)) Assert.Equal(403, (int)expired.StatusCode);
        var second = (await RecordAsync(emu, videoId)).GetProperty("response").GetProperty("videoUrl").GetString()!;
        Assert.NotEqual(first, second);
        using (var fresh = await emu.Files.GetAsync(second)) Assert.Equal(200, (int)fresh.StatusCode);
    }

    internal static IEnumerable<(string Type, int Size)> Boxes(byte[] bytes)
    {
        for (var offset = 0; offset + 8 <= bytes.Length;)
        {
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset));
            yield return (Encoding.ASCII.GetString(bytes, offset + 4, 4), size);
            if (size < 8) yield break;
            offset += size;
        }
    }
}
