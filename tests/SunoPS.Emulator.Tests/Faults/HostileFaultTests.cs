using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Faults;

/// <summary>The faults a hostile or broken server produces, which the client's bounds and error mapping are tested against.</summary>
public class HostileFaultTests
{
    private const string Credit = "api/v1/generate/credit";

    [Fact]
    public async Task Invalid_unicode_is_json_whose_strings_no_utf16_string_can_hold()
    {
        await using var emu = await RunningEmulator.StartAsync();
        emu.State.AddFault(new FaultSpec { Kind = FaultKind.InvalidUnicode });

        using var response = await emu.Api.GetAsync("api/v1/generate/record-info?taskId=x");
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        var taskId = json.RootElement.GetProperty("data").GetProperty("taskId");
        Assert.Throws<InvalidOperationException>(() => taskId.GetString());
    }

    [Fact]
    public async Task Bogus_charset_keeps_the_answer_and_changes_only_the_content_type()
    {
        await using var emu = await RunningEmulator.StartAsync();
        emu.State.AddFault(new FaultSpec { Kind = FaultKind.BogusCharset });

        using var response = await emu.Api.GetAsync(Credit);
        Assert.Equal("x-emulated-bogus", response.Content.Headers.ContentType?.CharSet);
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(200, json.RootElement.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Oversized_sends_the_given_bytes_without_a_length_json_on_the_api_mp3_frames_on_the_files_host()
    {
        await using var emu = await RunningEmulator.StartAsync();
        emu.State.AddFault(new FaultSpec { Kind = FaultKind.Oversized, Bytes = 1 << 20 });
        emu.State.AddFault(new FaultSpec { Target = "files", Kind = FaultKind.Oversized, Bytes = 1 << 20 });

        using var api = await emu.Api.GetAsync(Credit, HttpCompletionOption.ResponseHeadersRead);
        Assert.Null(api.Content.Headers.ContentLength);
        var apiBody = await api.Content.ReadAsByteArrayAsync();
        Assert.Equal(1 << 20, apiBody.Length);
        Assert.Equal('a', (char)JsonDocument.Parse(apiBody).RootElement.GetProperty("data").GetProperty("pad").GetString()![0]);

        using var file = await emu.Files.GetAsync(new Uri(emu.Emulator.FilesUri, "any/track.mp3"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("audio/mpeg", file.Content.Headers.ContentType?.MediaType);
        Assert.Null(file.Content.Headers.ContentLength);
        var fileBody = await file.Content.ReadAsByteArrayAsync();
        Assert.InRange(fileBody.Length, (1 << 20) - 1000, 1 << 20);
        Assert.Equal(0xFF, fileBody[0]);
    }

    [Fact]
    public async Task A_gzip_bomb_is_small_on_the_wire_and_inflates_to_the_given_size()
    {
        await using var emu = await RunningEmulator.StartAsync();
        emu.State.AddFault(new FaultSpec { Kind = FaultKind.GzipBomb, Bytes = 16 << 20 });

        using var raw = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        using var response = await raw.GetAsync(new Uri(emu.Emulator.ApiUri, Credit));
        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
        var packed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(packed.Length < 200_000, $"{packed.Length} bytes on the wire");

        using var inflated = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress)) await gzip.CopyToAsync(inflated);
        Assert.Equal(16 << 20, inflated.Length);
        Assert.EndsWith("}", Encoding.UTF8.GetString(inflated.GetBuffer(), (int)inflated.Length - 10, 10));
    }

    [Fact]
    public async Task Redirect_and_body_faults_answer_what_they_say()
    {
        await using var emu = await RunningEmulator.StartAsync();
        emu.State.AddFault(new FaultSpec { Target = "files", Kind = FaultKind.Redirect, Location = "http://10.0.0.1/x.mp3" });
        emu.State.AddFault(new FaultSpec { Target = "files", Kind = FaultKind.Body, Text = "<html>Sign in to the Wi-Fi</html>", ContentType = "audio/mpeg" });
        using var files = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var redirect = await files.GetAsync(new Uri(emu.Emulator.FilesUri, "a.mp3"));
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal(new Uri("http://10.0.0.1/x.mp3"), redirect.Headers.Location);

        using var portal = await files.GetAsync(new Uri(emu.Emulator.FilesUri, "a.mp3"));
        Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
        Assert.Equal("audio/mpeg", portal.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Wi-Fi", await portal.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_probable_fault_strikes_some_requests_and_the_same_seed_strikes_the_same_ones()
    {
        async Task<string> PatternAsync()
        {
            await using var emu = await RunningEmulator.StartAsync();
            using var control = new HttpClient { BaseAddress = emu.Emulator.ApiUri };
            using var added = await control.PostAsync("_emulator/faults", new StringContent(
                """{"kind":"httpStatus","code":503,"count":-1,"probability":0.3,"seed":42,"pathPrefix":"/api/v1/generate/credit"}""",
                Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
            var pattern = new StringBuilder();
            for (var i = 0; i < 60; i++)
            {
                using var response = await emu.Api.GetAsync(Credit);
                pattern.Append(response.StatusCode == HttpStatusCode.OK ? '.' : 'x');
            }

            return pattern.ToString();
        }

        var first = await PatternAsync();
        Assert.Contains('x', first);
        Assert.Contains('.', first);
        Assert.Equal(first, await PatternAsync());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    public void A_probability_outside_0_to_1_is_refused(double probability)
    {
        var spec = new FaultSpec { Kind = FaultKind.Reset, Probability = probability };
        Assert.Throws<ArgumentException>(() => spec.Validate());
    }
}
