using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.CoverArt;

/// <summary>POST /api/v1/suno/cover/generate, its record and its pictures (suno-api.md §4.22).</summary>
public class CoverArtEndpointTests
{
    private const string Path = "api/v1/suno/cover/generate";

    private static Task<RunningEmulator> Start() => RunningEmulator.StartAsync(o => o.ClockSpeed = 0.0001);

    private static async Task<JsonElement> RecordAsync(RunningEmulator emu, string taskId) =>
        (await emu.GetJsonAsync($"api/v1/suno/cover/record-info?taskId={taskId}")).GetProperty("data");

    [Theory]
    [InlineData("""{"callBackUrl":"https://e.com/c"}""", "taskId is required.")]
    [InlineData("""{"taskId":"T"}""", "callBackUrl is required.")]
    [InlineData("""{"taskId":"T","callbackUrl":"https://e.com/c"}""", "callBackUrl is required.")]
    [InlineData("""{"taskId":"0123456789abcdef0123456789abcdef","callBackUrl":"https://e.com/c"}""", "taskId '0123456789abcdef0123456789abcdef' is not a known music task.")]
    public async Task Malformed_requests_get_code_400_naming_the_field(string body, string message)
    {
        await using var emu = await Start();
        var (taskId, _) = await emu.FinishedMusicAsync();

        using var response = await emu.Api.PostAsync(Path, new StringContent(body.Replace("\"T\"", $"\"{taskId}\""), Encoding.UTF8, "application/json"));
        var envelope = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(400, envelope.GetProperty("code").GetInt32());
        Assert.Equal(message, envelope.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Cover_art_goes_pending_generating_success_with_real_pngs()
    {
        await using var emu = await Start();
        var (musicId, _) = await emu.FinishedMusicAsync();
        var coverId = (await emu.PostJsonAsync(Path, new { taskId = musicId, callBackUrl = "https://e.com/c" })).GetProperty("data").GetProperty("taskId").GetString()!;

        var pending = await RecordAsync(emu, coverId);
        Assert.Equal(0, pending.GetProperty("successFlag").GetInt32()); // an integer
        Assert.Equal(musicId, pending.GetProperty("parentTaskId").GetString());
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("response").ValueKind);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", pending.GetProperty("createTime").GetString());

        emu.State.AdvanceClock(15);
        Assert.Equal(2, (await RecordAsync(emu, coverId)).GetProperty("successFlag").GetInt32()); // generating

        emu.State.AdvanceClock(60);
        var done = await RecordAsync(emu, coverId);
        Assert.Equal(1, done.GetProperty("successFlag").GetInt32());
        Assert.Equal(200, done.GetProperty("errorCode").GetInt32()); // 200 on success, its quirk
        Assert.Equal("", done.GetProperty("errorMessage").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", done.GetProperty("completeTime").GetString());
        var images = done.GetProperty("response").GetProperty("images").EnumerateArray().Select(i => i.GetString()!).ToArray();
        Assert.Equal(2, images.Length);

        var first = await emu.Files.GetByteArrayAsync(images[0]);
        var second = await emu.Files.GetByteArrayAsync(images[1]);
        AssertPng(first);
        AssertPng(second);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_second_request_is_code_400_with_the_existing_task_id_and_spends_nothing()
    {
        await using var emu = await Start();
        var (musicId, _) = await emu.FinishedMusicAsync();
        var coverId = (await emu.PostJsonAsync(Path, new { taskId = musicId, callBackUrl = "https://e.com/c" })).GetProperty("data").GetProperty("taskId").GetString();
        var credits = emu.State.Credits;

        var again = await emu.PostJsonAsync(Path, new { taskId = musicId, callBackUrl = "https://e.com/c" });

        Assert.Equal(400, again.GetProperty("code").GetInt32());
        Assert.Equal("Cover already generated for this task", again.GetProperty("msg").GetString());
        Assert.Equal(coverId, again.GetProperty("data").GetProperty("taskId").GetString());
        Assert.Equal(credits, emu.State.Credits);
    }

    [Fact]
    public async Task Too_few_credits_is_this_endpoints_code_402()
    {
        await using var emu = await Start();
        var (musicId, _) = await emu.FinishedMusicAsync();
        emu.State.Credits = 0;

        var answer = await emu.PostJsonAsync(Path, new { taskId = musicId, callBackUrl = "https://e.com/c" });

        Assert.Equal(402, answer.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task The_fail_word_ends_in_flag_3_with_error_500_and_seeding_keeps_a_generating_flag()
    {
        await using var emu = await Start();
        var failed = emu.State.SeedTasks(new SeedTasksRequest { Family = "coverart", Prompt = "A song [cover-fail]" })[0];
        emu.State.AdvanceClock(60);
        var record = await RecordAsync(emu, failed);
        Assert.Equal(3, record.GetProperty("successFlag").GetInt32());
        Assert.Equal(500, record.GetProperty("errorCode").GetInt32());

        var generating = emu.State.SeedTasks(new SeedTasksRequest { Family = "coverart", Status = "2" })[0];
        emu.State.AdvanceClock(1000);
        Assert.Equal(2, (await RecordAsync(emu, generating)).GetProperty("successFlag").GetInt32());
    }

    private static void AssertPng(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal("IEND", Encoding.ASCII.GetString(png, png.Length - 8, 4));
        // The IDAT chunk is real zlib data of 32 rows of a filter byte and 32 RGB pixels.
        var idatLength = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(33));
        Assert.Equal("IDAT", Encoding.ASCII.GetString(png, 37, 4));
        using var zlib = new ZLibStream(new MemoryStream(png, 41, idatLength), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        Assert.Equal(32 * (1 + 32 * 3), raw.Length);
    }
}
