using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Uploads;

/// <summary>POST /api/file-stream-upload: multipart/form-data, read as it arrives (suno-api.md §4.24).</summary>
public class StreamUploadTests
{
    private const string Path = "api/file-stream-upload";

    [Fact]
    public async Task A_multipart_file_comes_back_intact_under_its_original_name_and_type()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var wav = AudioBytes.Wav(0.5);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(wav);
        file.Headers.ContentType = new MediaTypeHeaderValue("audio/x-wav");
        form.Add(file, "file", "take-1.wav");
        form.Add(new StringContent("voice/takes"), "uploadPath");

        using var response = await emu.Uploads.PostAsync(Path, form);
        var data = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("take-1.wav", data.GetProperty("fileName").GetString());
        Assert.Equal("voice/takes/take-1.wav", data.GetProperty("filePath").GetString());
        Assert.Equal("audio/x-wav", data.GetProperty("mimeType").GetString());
        Assert.Equal(wav.Length, data.GetProperty("fileSize").GetInt64());
        Assert.Equal(wav, await emu.Files.GetByteArrayAsync(data.GetProperty("downloadUrl").GetString()));
    }

    [Fact]
    public async Task Fields_may_follow_the_file_and_fileName_renames_it()
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("hello")), "file", "original.txt");
        form.Add(new StringContent("notes"), "uploadPath");
        form.Add(new StringContent("renamed.txt"), "fileName");

        using var response = await emu.Uploads.PostAsync(Path, form);
        var data = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
        Assert.Equal("notes/renamed.txt", data.GetProperty("filePath").GetString());
        Assert.Equal("text/plain", data.GetProperty("mimeType").GetString()); // a generic part type gives way to the extension's
        Assert.Equal("hello", await emu.Files.GetStringAsync(data.GetProperty("downloadUrl").GetString()));
    }

    [Theory]
    [InlineData("file", null, "Missing required parameter: uploadPath")]
    [InlineData("File", "x", "Missing required parameter: file")] // misspelt: names are exact
    [InlineData("file", "/x", "uploadPath must not start or end with a slash.")]
    public async Task Missing_or_bad_fields_are_http_400(string filePart, string? uploadPath, string message)
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent([1, 2, 3]), filePart, "a.bin");
        if (uploadPath is not null) form.Add(new StringContent(uploadPath), "uploadPath");

        using var response = await emu.Uploads.PostAsync(Path, form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("msg").GetString());
        Assert.Empty(Directory.GetFiles(emu.State.Uploads.Folder)); // a refused upload leaves nothing on disk
    }

    [Fact]
    public async Task A_body_that_is_not_multipart_is_http_400()
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var response = await emu.Uploads.PostAsJsonAsync(Path, new { uploadPath = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_large_file_is_written_to_disk_while_it_arrives_and_comes_back_intact()
    {
        const long size = 48L * 1024 * 1024; // beyond Kestrel's default 30 MB request limit
        const long pauseAt = 16L * 1024 * 1024;
        await using var emu = await RunningEmulator.StartAsync();
        var body = new PatternStream(size, pauseAt);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("big"), "uploadPath");
        form.Add(new StreamContent(body, 64 * 1024), "file", "large.bin");

        var upload = emu.Uploads.PostAsync(Path, form);
        await body.Paused.WaitAsync(TimeSpan.FromSeconds(30));
        // The request has not ended, yet most of what was sent is already in the store's file: nothing buffers it whole.
        await WaitForAsync(() => Directory.GetFiles(emu.State.Uploads.Folder).Select(f => new FileInfo(f).Length).DefaultIfEmpty(0).Max() >= pauseAt / 2);
        Assert.False(upload.IsCompleted);
        body.Resume();

        using var response = await upload;
        var data = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
        Assert.Equal(size, data.GetProperty("fileSize").GetInt64());

        using var download = await emu.Files.GetAsync(data.GetProperty("downloadUrl").GetString(), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(size, download.Content.Headers.ContentLength);
        await using var stream = await download.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long position = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != PatternStream.At(position + i)) Assert.Fail($"byte {position + i} differs");
            }

            position += read;
        }

        Assert.Equal(size, position);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition(), "the condition did not become true");
    }
}
