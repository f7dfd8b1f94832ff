using System.Text.Json.Nodes;
using SunoPS.Emulator.Tests.Support;
using static SunoPS.Emulator.Tests.Music.MusicScenario;

namespace SunoPS.Emulator.Tests.Music;

/// <summary>POST /api/v1/generate/upload-cover (suno-api.md §4.3) and the upload length rules it shares with upload-extend.</summary>
public class UploadCoverTests
{
    [Fact]
    public async Task A_cover_of_an_uploaded_mp3_is_an_upload_cover_task_as_long_as_the_upload()
    {
        await using var scenario = await StartAsync();
        var url = await scenario.Emu.UploadAsync(AudioBytes.Mp3(20.16), "song.mp3");
        var body = scenario.Body(Paths.UploadCover).With("uploadUrl", url);

        var record = await scenario.FinishedRecordAsync(await scenario.SubmitAsync(Paths.UploadCover, body));

        Assert.Equal("upload_cover", record.GetProperty("operationType").GetString());
        Assert.Equal("", record.GetProperty("parentMusicId").GetString());
        Assert.Equal(ExtendTests.SortedJson(body), record.GetProperty("param").GetString());
        Assert.All(Tracks(record), t =>
        {
            Assert.Equal(20.16, t.GetProperty("duration").GetDouble(), 2);
            Assert.Equal("Covered", t.GetProperty("title").GetString());
        });
    }

    [Fact]
    public async Task A_url_elsewhere_is_accepted_unchecked_and_a_non_http_url_is_not()
    {
        await using var scenario = await StartAsync();
        await scenario.SubmitAsync(Paths.UploadCover, scenario.Body(Paths.UploadCover).With("uploadUrl", "https://example.com/an-hour-long.wav"));
        AssertRefused(await scenario.PostAsync(Paths.UploadCover, scenario.Body(Paths.UploadCover).With("uploadUrl", "file:///tmp/a.mp3")), 400,
            "uploadUrl must be an absolute http or https URL.");
    }

    [Theory]
    [InlineData(Paths.UploadCover)]
    [InlineData(Paths.UploadExtend)]
    public async Task Uploaded_audio_may_be_at_most_8_minutes(string path)
    {
        await using var scenario = await StartAsync();
        var longUrl = await scenario.Emu.UploadAsync(AudioBytes.Mp3(481.2), "long.mp3");
        AssertRefused(await scenario.PostAsync(path, scenario.Body(path).With("uploadUrl", longUrl)), 400,
            "The audio at uploadUrl is 481.2 s long; uploaded audio may be at most 8 minutes.");
        var fine = await scenario.Emu.UploadAsync(AudioBytes.Mp3(479.52), "fine.mp3");
        await scenario.SubmitAsync(path, scenario.Body(path).With("uploadUrl", fine));
    }

    [Theory]
    [InlineData(Paths.UploadCover)]
    [InlineData(Paths.UploadExtend)]
    public async Task With_V4_5ALL_uploaded_audio_may_be_at_most_1_minute_mp3_or_wav(string path)
    {
        await using var scenario = await StartAsync();
        var wav = await scenario.Emu.UploadAsync(AudioBytes.Wav(61), "long.wav");
        var body = scenario.Body(path).With("model", "V4_5ALL").With("title", "Short");

        AssertRefused(await scenario.PostAsync(path, body.With("uploadUrl", wav)), 400,
            "The audio at uploadUrl is 61 s long; with V4_5ALL uploaded audio may be at most 1 minute.");
        await scenario.SubmitAsync(path, body.With("model", "V5").With("uploadUrl", wav));
        await scenario.SubmitAsync(path, body.With("uploadUrl", await scenario.Emu.UploadAsync(AudioBytes.Wav(59), "short.wav")));
    }

    [Fact]
    public async Task A_track_on_the_files_origin_is_measured_too()
    {
        await using var scenario = await StartAsync(trackSeconds: 90);
        var audioUrl = Tracks(await scenario.Emu.RecordAsync(scenario.TaskId))[0].GetProperty("audioUrl").GetString()!;
        var body = scenario.Body(Paths.UploadCover).With("model", "V4_5ALL").With("title", "Short").With("uploadUrl", audioUrl);
        AssertRefused(await scenario.PostAsync(Paths.UploadCover, body), 400,
            "The audio at uploadUrl is 90 s long; with V4_5ALL uploaded audio may be at most 1 minute.");
    }

    [Fact]
    public async Task A_url_of_the_emulators_own_origins_that_names_no_file_is_refused()
    {
        await using var scenario = await StartAsync();
        var url = await scenario.Emu.UploadAsync(AudioBytes.Mp3(5), "gone.mp3");
        scenario.State.AdvanceClock(TimeSpan.FromDays(4)); // the upload expired
        var answer = await scenario.PostAsync(Paths.UploadCover, scenario.Body(Paths.UploadCover).With("uploadUrl", url));
        AssertRefused(answer, 400, $"uploadUrl '{url}' could not be fetched: the emulator holds no such file (expired or never uploaded).");
    }

    [Fact]
    public async Task Non_custom_mode_needs_only_a_short_prompt()
    {
        await using var scenario = await StartAsync();
        var body = new JsonObject
        {
            ["uploadUrl"] = ElsewhereAudio, ["customMode"] = false, ["instrumental"] = true, ["model"] = "V4", ["callBackUrl"] = Callback,
            ["prompt"] = "Heavy Metal e-guitar music",
        };
        await scenario.SubmitAsync(Paths.UploadCover, body);
        AssertRefused(await scenario.PostAsync(Paths.UploadCover, body.With("prompt", new string('x', 501))), 413, "Theme or prompt too long");
        AssertRefused(await scenario.PostAsync(Paths.UploadCover, body.Without("prompt")), 400, "prompt is required when customMode is false.");
    }
}
