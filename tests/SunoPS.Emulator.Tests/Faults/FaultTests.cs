using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Faults;

public class FaultTests
{
    private const string Credit = "api/v1/generate/credit";

    [Fact]
    public async Task A_body_code_fault_answers_once_then_the_api_works_again()
    {
        await using var emu = await RunningEmulator.StartAsync();
        emu.State.AddFault(new FaultSpec { Kind = FaultKind.BodyCode, Code = 455 });

        using var faulted = await emu.Api.GetAsync(Credit);
        var body = await faulted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, faulted.StatusCode);
        Assert.Equal(455, body.GetProperty("code").GetInt32());
        Assert.Equal("System maintenance", body.GetProperty("msg").GetString());

        Assert.Equal(200, (await emu.GetJsonAsync(Credit)).GetProperty("code").GetInt32());
        Assert.Empty(emu.State.Faults);
        Assert.Equal(1, emu.State.Stats.FaultsApplied);
    }

    [Fact]
    public async Task An_http_status_fault_posted_to_the_control_endpoint_sets_status_and_retry_after()
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var control = new HttpClient { BaseAddress = emu.Emulator.ApiUri };
        using var added = await control.PostAsync("_emulator/faults", new StringContent(
            """{"kind":"httpStatus","code":503,"retryAfterSeconds":7,"pathPrefix":"/api/v1/generate/credit","count":-1}""",
            System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);

        for (var i = 0; i < 2; i++)
        {
            using var response = await emu.Api.GetAsync(Credit);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
            Assert.Equal(503, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32());
        }

        // Other paths are not affected, and clearing ends the fault.
        Assert.Equal(404, (await emu.GetJsonAsync("api/v1/generate/record-info?taskId=x")).GetProperty("code").GetInt32());
        await control.DeleteAsync("_emulator/faults");
        Assert.Equal(200, (await emu.GetJsonAsync(Credit)).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Html_and_malformed_faults_send_bodies_a_json_parser_rejects()
    {
        await using var emu = await RunningEmulator.StartAsync();
        emu.State.AddFault(new FaultSpec { Kind = FaultKind.Html });
        emu.State.AddFault(new FaultSpec { Kind = FaultKind.Malformed });

        using var html = await emu.Api.GetAsync(Credit);
        Assert.Equal(HttpStatusCode.BadGateway, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);

        using var malformed = await emu.Api.GetAsync(Credit);
        Assert.Equal(HttpStatusCode.OK, malformed.StatusCode);
        Assert.Equal("application/json", malformed.Content.Headers.ContentType?.MediaType);
        await Assert.ThrowsAnyAsync<JsonException>(() => malformed.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task A_reset_fault_drops_the_connection()
    {
        await using var emu = await RunningEmulator.StartAsync();
        emu.State.AddFault(new FaultSpec { Kind = FaultKind.Reset });

        await Assert.ThrowsAsync<HttpRequestException>(() => emu.Api.GetAsync(Credit));
        Assert.Equal(200, (await emu.GetJsonAsync(Credit)).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_delay_fault_answers_normally_after_the_delay()
    {
        await using var emu = await RunningEmulator.StartAsync();
        emu.State.AddFault(new FaultSpec { Kind = FaultKind.Delay, DelayMs = 300 });

        var watch = Stopwatch.StartNew();
        var body = await emu.GetJsonAsync(Credit);

        Assert.True(watch.ElapsedMilliseconds >= 290, $"answered after {watch.ElapsedMilliseconds} ms");
        Assert.Equal(200, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_truncated_download_declares_the_full_length_and_ends_early()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var url = (await emu.RecordAsync(emu.State.SeedTasks(1, trackSeconds: 30)[0])).GetProperty("response").GetProperty("sunoData")[0].GetProperty("audioUrl").GetString();
        emu.State.AddFault(new FaultSpec { Target = "files", Kind = FaultKind.Truncate, Bytes = 5000 });

        using var response = await emu.Files.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(480_000L, response.Content.Headers.ContentLength); // 1250 frames of 384 bytes
        await using var stream = await response.Content.ReadAsStreamAsync();
        var received = 0;
        var buffer = new byte[8192];
        var error = await Record.ExceptionAsync(async () =>
        {
            int n;
            while ((n = await stream.ReadAsync(buffer)) > 0) received += n;
        });

        Assert.IsAssignableFrom<IOException>(error);
        Assert.Equal(5000, received);
    }

    [Fact]
    public async Task An_expire_fault_on_files_answers_403()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var url = (await emu.RecordAsync(emu.State.SeedTasks(1)[0])).GetProperty("response").GetProperty("sunoData")[0].GetProperty("imageUrl").GetString();
        emu.State.AddFault(new FaultSpec { Target = "files", Kind = FaultKind.Expire });

        Assert.Equal(HttpStatusCode.Forbidden, (await emu.Files.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await emu.Files.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_slow_fault_streams_at_the_given_rate()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var url = (await emu.RecordAsync(emu.State.SeedTasks(1, trackSeconds: 2.4)[0])).GetProperty("response").GetProperty("sunoData")[0].GetProperty("audioUrl").GetString();
        emu.State.AddFault(new FaultSpec { Target = "files", Kind = FaultKind.Slow, BytesPerSecond = 40_000 });

        var watch = Stopwatch.StartNew();
        var bytes = await emu.Files.GetByteArrayAsync(url); // 2.4 s of audio = 100 frames = 38,400 bytes

        Assert.Equal(38_400, bytes.Length);
        Assert.InRange(watch.ElapsedMilliseconds, 800, 5000);
    }

    [Fact]
    public void Invalid_fault_specs_are_refused()
    {
        var state = new EmulatorState(new EmulatorOptions());
        Assert.Throws<ArgumentException>(() => state.AddFault(new FaultSpec { Target = "elsewhere" }));
        Assert.Throws<ArgumentException>(() => state.AddFault(new FaultSpec { Kind = FaultKind.Slow }));
        Assert.Throws<ArgumentException>(() => state.AddFault(new FaultSpec { Count = 0 }));
    }
}
