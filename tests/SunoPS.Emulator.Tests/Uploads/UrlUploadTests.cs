using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Uploads;

/// <summary>POST /api/file-url-upload: the emulator fetches loopback URLs only (suno-api.md §4.24).</summary>
public class UrlUploadTests
{
    private const string Path = "api/file-url-upload";

    [Fact]
    public async Task A_track_of_the_files_origin_is_fetched_and_kept_under_its_last_segment()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var (taskId, _) = await emu.FinishedMusicAsync();
        var audioUrl = (await emu.RecordAsync(taskId)).GetProperty("response").GetProperty("sunoData")[0].GetProperty("audioUrl").GetString()!;
        var original = await emu.Files.GetByteArrayAsync(audioUrl);

        using var response = await emu.Uploads.PostAsJsonAsync(Path, new { fileUrl = audioUrl, uploadPath = "from-url" });
        var data = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Uri(audioUrl).Segments[^1], data.GetProperty("fileName").GetString());
        Assert.Equal("audio/mpeg", data.GetProperty("mimeType").GetString());
        Assert.Equal(original.Length, data.GetProperty("fileSize").GetInt64());
        Assert.Equal(original, await emu.Files.GetByteArrayAsync(data.GetProperty("downloadUrl").GetString()));
    }

    [Theory]
    [InlineData("https://example.com/song.mp3", "The emulator only fetches loopback URLs (127.0.0.1, localhost); upload this file with the base64 or stream upload instead.")]
    [InlineData("ftp://127.0.0.1/song.mp3", "fileUrl must be an absolute http or https URL.")]
    [InlineData("song.mp3", "fileUrl must be an absolute http or https URL.")]
    public async Task Other_urls_are_http_400_and_nothing_is_fetched(string fileUrl, string message)
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var response = await emu.Uploads.PostAsJsonAsync(Path, new { fileUrl, uploadPath = "x", fileName = "a.mp3" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("msg").GetString());
    }

    [Fact]
    public async Task A_loopback_url_that_fails_is_http_400_with_its_status()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var missing = new Uri(emu.Emulator.FilesUri, "f/1/bm90LWEtdHJhY2s.mp3").AbsoluteUri;
        using var response = await emu.Uploads.PostAsJsonAsync(Path, new { fileUrl = missing, uploadPath = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Failed to download the file from fileUrl: HTTP 404.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("msg").GetString());
    }

    [Theory]
    [InlineData("""{"uploadPath":"x"}""", "Missing required parameter: fileUrl")]
    [InlineData("""{"fileURL":"http://127.0.0.1/a","uploadPath":"x"}""", "Missing required parameter: fileUrl")] // misspelt
    [InlineData("""{"fileUrl":"http://127.0.0.1/a"}""", "Missing required parameter: uploadPath")]
    public async Task Missing_fields_are_http_400(string body, string message)
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var response = await emu.Uploads.PostAsync(Path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("msg").GetString());
    }
}
