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
        await using var emu = await RunningEmulator.StartAsync(o => { o.GenerateLimit = 1; o.GenerateWindowSeconds = 1; });

        Assert.Equal(200, (await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody())).GetProperty("code").GetInt32());
        Assert.Equal(430, (await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody())).GetProperty("code").GetInt32());
        await Task.Delay(1100); // A window long enough that a slow second request still falls inside it.
        Assert.Equal(200, (await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody())).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Reads_beyond_the_per_second_limit_get_430_as_an_http_status_with_retry_after_when_asked()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ReadLimitPerSecond = 3);
        emu.State.ErrorsAsHttpStatus = true;

        // Warm the connection and the code paths with an uncounted control call, then send the four reads at
        // once: sent one after another on a loaded machine, they could straddle the one-second window.
        (await emu.Api.GetAsync("_emulator/stats")).Dispose();
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => emu.Api.GetAsync("api/v1/generate/credit")));
        try
        {
            Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
            var refused = Assert.Single(responses, r => r.StatusCode == (HttpStatusCode)430);
            Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
            Assert.Equal(430, (await refused.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("code").GetInt32());
        }
        finally
        {
            foreach (var response in responses) response.Dispose();
        }
    }
}
