using System.Net;
using System.Net.Http.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Limits;

public class RateLimitTests
{
    [Fact]
    public async Task Submissions_beyond_the_generate_limit_get_code_430()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.GenerateLimit = 3);

        var codes = new List<int>();
        for (var i = 0; i < 4; i++)
            codes.Add((await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody())).GetProperty("code").GetInt32());

        Assert.Equal([200, 200, 200, 430], codes);
        var stats = emu.State.Stats;
        Assert.Equal(3, stats.GenerateAccepted);
        Assert.Equal(1, stats.GenerateRejected);
        Assert.Equal(1, stats.Throttled);
        Assert.Equal(4, stats.RequestsByPath["/api/v1/generate"]);
    }

    [Fact]
    public async Task The_window_slides_so_a_client_that_waits_gets_through()
    {
        await using var emu = await RunningEmulator.StartAsync(o => { o.GenerateLimit = 1; o.GenerateWindowSeconds = 0.3; });

        Assert.Equal(200, (await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody())).GetProperty("code").GetInt32());
        Assert.Equal(430, (await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody())).GetProperty("code").GetInt32());
        await Task.Delay(350);
        Assert.Equal(200, (await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody())).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Reads_beyond_the_per_second_limit_get_430_as_an_http_status_with_retry_after_when_asked()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ReadLimitPerSecond = 3);
        emu.State.ErrorsAsHttpStatus = true;

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await emu.Api.GetAsync("api/v1/generate/credit");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)430], statuses);
        Assert.Equal(TimeSpan.FromSeconds(1), last!.Headers.RetryAfter?.Delta);
        Assert.Equal(430, (await last.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("code").GetInt32());
        last.Dispose();
    }
}
