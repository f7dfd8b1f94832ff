using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Uploads;

/// <summary>The base64 upload and the upload host's envelope, errors and statuses (suno-api.md §2.2, §4.24, §7.3).</summary>
public class UploadJsonTests
{
    private const string Base64Path = "api/file-base64-upload";

    [Fact]
    public async Task A_base64_upload_answers_the_documented_envelope_and_serves_the_bytes_back()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var bytes = new byte[100_000];
        new Random(7).NextBytes(bytes);

        using var response = await emu.Uploads.PostAsJsonAsync(Base64Path,
            new { base64Data = Convert.ToBase64String(bytes), uploadPath = "images/user-uploads", fileName = "noise.png" });
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(answer.GetProperty("success").GetBoolean());
        Assert.Equal(200, answer.GetProperty("code").GetInt32());
        Assert.Equal("File uploaded successfully", answer.GetProperty("msg").GetString());
        var data = answer.GetProperty("data");
        Assert.Equal("noise.png", data.GetProperty("fileName").GetString());
        Assert.Equal("images/user-uploads/noise.png", data.GetProperty("filePath").GetString());
        Assert.Equal(bytes.Length, data.GetProperty("fileSize").GetInt64());
        Assert.Equal("image/png", data.GetProperty("mimeType").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", data.GetProperty("uploadedAt").GetString());
        var url = data.GetProperty("downloadUrl").GetString()!;
        Assert.StartsWith(emu.Emulator.UploadsUri.AbsoluteUri, url);
        Assert.EndsWith("/images/user-uploads/noise.png", url);

        using var download = await emu.Files.GetAsync(url); // no key: a file host, as the real tempfile host
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes.Length, download.Content.Headers.ContentLength);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_data_uri_gives_its_mime_type_and_a_made_up_name_when_none_is_given()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var mp3 = AudioBytes.Mp3(1.2);
        var data = await UploadDataAsync(emu, new { base64Data = "data:audio/mpeg;base64," + Convert.ToBase64String(mp3), uploadPath = "audio" });

        Assert.Equal("audio/mpeg", data.GetProperty("mimeType").GetString());
        Assert.EndsWith(".mp3", data.GetProperty("fileName").GetString());
        Assert.Equal(mp3, await emu.Files.GetByteArrayAsync(data.GetProperty("downloadUrl").GetString()));
    }

    [Fact]
    public async Task Base64_with_json_escapes_or_line_breaks_decodes_as_the_api_does()
    {
        await using var emu = await RunningEmulator.StartAsync();
        // "AA/C" with its slash escaped, as some JSON writers do, and base64 wrapped at 76 characters.
        var escaped = await UploadDataAsync(emu, new StringContent("""{"base64Data":"AA\/C","uploadPath":"x","fileName":"e.bin"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(new byte[] { 0x00, 0x0F, 0xC2 }, await emu.Files.GetByteArrayAsync(escaped.GetProperty("downloadUrl").GetString()));

        var bytes = new byte[200];
        new Random(3).NextBytes(bytes);
        var wrapped = Convert.ToBase64String(bytes, Base64FormattingOptions.InsertLineBreaks);
        var data = await UploadDataAsync(emu, new { base64Data = wrapped, uploadPath = "x", fileName = "w.bin" });
        Assert.Equal(bytes, await emu.Files.GetByteArrayAsync(data.GetProperty("downloadUrl").GetString()));
    }

    [Fact]
    public async Task The_same_file_name_overwrites_and_a_range_reads_part_of_it()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var first = await emu.UploadAsync(Encoding.ASCII.GetBytes("first version"), "same.txt");
        var second = await emu.UploadAsync(Encoding.ASCII.GetBytes("0123456789 the second version"), "same.txt");
        Assert.Equal(first, second);

        Assert.Equal("0123456789 the second version", await emu.Files.GetStringAsync(second));
        using var request = new HttpRequestMessage(HttpMethod.Get, second);
        request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(2, 5);
        using var partial = await emu.Files.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal("2345", await partial.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", partial.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Uploaded_files_expire_after_three_days_on_the_emulated_clock()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var url = await emu.UploadAsync([1, 2, 3], "short-lived.bin");

        emu.State.AdvanceClock(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        using (var stillThere = await emu.Files.GetAsync(url)) Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);

        emu.State.AdvanceClock(TimeSpan.FromMinutes(2));
        using var gone = await emu.Files.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("""{"base64Data":"AAEC","fileName":"a.bin"}""", "Missing required parameter: uploadPath")]
    [InlineData("""{"base64Data":"AAEC","uploadpath":"x","fileName":"a.bin"}""", "Missing required parameter: uploadPath")] // misspelt
    [InlineData("""{"uploadPath":"x","fileName":"a.bin"}""", "Missing required parameter: base64Data")]
    [InlineData("""{"base64":"AAEC","uploadPath":"x"}""", "Missing required parameter: base64Data")] // misspelt
    [InlineData("""{"base64Data":"","uploadPath":"x"}""", "Missing required parameter: base64Data")]
    [InlineData("""{"base64Data":"   ","uploadPath":"x"}""", "Missing required parameter: base64Data")]
    [InlineData("""{"base64Data":"not base64!","uploadPath":"x"}""", "Base64 decoding failed: Invalid Base64 format")]
    [InlineData("""{"base64Data":"data:image/png,AAEC","uploadPath":"x"}""", "Base64 decoding failed: Invalid Base64 format")]
    [InlineData("""{"base64Data":"AAEC","uploadPath":"/x"}""", "uploadPath must not start or end with a slash.")]
    [InlineData("""{"base64Data":"AAEC","uploadPath":"x/"}""", "uploadPath must not start or end with a slash.")]
    [InlineData("""{"base64Data":"AAEC","uploadPath":"x/../y"}""", "uploadPath must be folder names separated by single slashes (no '.', '..' or backslashes).")]
    [InlineData("""{"base64Data":"AAEC","uploadPath":"x","fileName":"a/b.bin"}""", "fileName must be a plain file name (no slashes).")]
    [InlineData("""["AAEC"]""", "The request body must be a JSON object.")]
    [InlineData("""{"base64Data":""", "The request body must be a JSON object.")]
    public async Task Refused_uploads_are_http_400_with_success_false(string body, string message)
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var response = await emu.Uploads.PostAsync(Base64Path, new StringContent(body, Encoding.UTF8, "application/json"));
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(answer.GetProperty("success").GetBoolean());
        Assert.Equal(400, answer.GetProperty("code").GetInt32());
        Assert.Equal(message, answer.GetProperty("msg").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task A_missing_or_wrong_key_is_http_401(string? key)
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emu.Emulator.UploadsUri };
        if (key is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", key);

        using var response = await client.PostAsJsonAsync(Base64Path, new { base64Data = "AAEC", uploadPath = "x" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"success":false,"code":401,"msg":"Authentication failed: Invalid API Key"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_method_is_405_an_unknown_path_404_and_the_main_api_is_not_served_here()
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var get = await emu.Uploads.GetAsync(Base64Path);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal(405, (await get.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32());

        using var unknown = await emu.Uploads.PostAsJsonAsync("api/v1/generate", RunningEmulator.GenerateBody());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.False((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Faults_by_path_prefix_act_on_the_upload_origin_and_stats_count_its_requests()
    {
        await using var emu = await RunningEmulator.StartAsync();
        emu.State.AddFault(new FaultSpec { Target = "uploads", PathPrefix = "/api/file-base64-upload", Kind = FaultKind.HttpStatus, Code = 500 });
        emu.State.AddFault(new FaultSpec { Target = "api", PathPrefix = "/api/file-base64-upload", Kind = FaultKind.Reset }); // another origin's: unused

        using (var faulted = await emu.Uploads.PostAsJsonAsync(Base64Path, new { base64Data = "AAEC", uploadPath = "x" }))
            Assert.Equal(HttpStatusCode.InternalServerError, faulted.StatusCode);
        var url = await emu.UploadAsync([1, 2, 3], "after-the-fault.bin");
        await emu.Files.GetByteArrayAsync(url);

        var stats = emu.State.Stats;
        Assert.Equal(3, stats.UploadRequests);
        Assert.Equal(0, stats.ApiRequests);
        Assert.Equal(2, stats.RequestsByPath["/api/file-base64-upload"]);
        Assert.Equal(1, stats.FaultsApplied);
        Assert.Single(emu.State.Faults); // the api-origin fault is still waiting
    }

    [Fact]
    public async Task A_reset_forgets_the_uploads()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var url = await emu.UploadAsync([1, 2, 3], "x.bin");
        emu.State.Reset();
        using var gone = await emu.Files.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private static async Task<JsonElement> UploadDataAsync(RunningEmulator emu, object body)
    {
        using var response = body is HttpContent content ? await emu.Uploads.PostAsync(Base64Path, content) : await emu.Uploads.PostAsJsonAsync(Base64Path, body);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.GetProperty("success").GetBoolean(), answer.ToString());
        return answer.GetProperty("data");
    }
}
