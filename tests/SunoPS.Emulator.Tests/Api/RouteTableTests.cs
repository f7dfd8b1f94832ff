using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Api;

public class RouteTableTests
{
    [Theory]
    [InlineData("GET", "api/v1/nothing-here")]
    [InlineData("GET", "api/v1/wav/generate")]          // wrong method
    [InlineData("POST", "api/v1/wav/record-info")]      // wrong method
    [InlineData("DELETE", "api/v1/generate")]           // wrong method
    [InlineData("GET", "api/v1/lyrics")]                // wrong method
    [InlineData("GET", "api/v1/suno/recovery/details")] // not a path of the API
    public async Task Unknown_paths_and_methods_are_code_404_even_without_a_key(string method, string path)
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = emu.Emulator.ApiUri };

        foreach (var client in new[] { emu.Api, anonymous })
        {
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { }) });
            var text = await response.Content.ReadAsStringAsync();
            Assert.Equal("""{"code":404,"msg":"Invalid request method or path","data":null}""", text);
        }
    }

    [Theory]
    [InlineData("POST", "api/v1/wav/generate")]
    [InlineData("GET", "api/v1/wav/record-info?taskId=0123456789abcdef0123456789abcdef")]
    [InlineData("GET", "api/v1/generate/record-info?taskId=x")]
    public async Task The_family_routes_need_the_key(string method, string path)
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emu.Emulator.ApiUri };

        using var none = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { }) });
        client.DefaultRequestHeaders.Authorization = new("Bearer", "wrong");
        using var wrong = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { }) });

        foreach (var response in new[] { none, wrong })
            Assert.Equal("""{"code":401,"msg":"Unauthorized access","data":null}""", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, emu.State.Stats.GenerateRejected); // only generate submissions count there
    }

    [Fact]
    public async Task A_generate_without_a_key_still_counts_as_a_rejected_submission()
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emu.Emulator.ApiUri };

        var answer = await (await client.PostAsJsonAsync("api/v1/generate", RunningEmulator.GenerateBody())).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(401, answer.GetProperty("code").GetInt32());
        Assert.Equal(1, emu.State.Stats.GenerateRejected);
    }

    [Fact]
    public async Task Paths_match_ignoring_case_and_a_trailing_slash()
    {
        await using var emu = await RunningEmulator.StartAsync();
        Assert.Equal(200, (await emu.GetJsonAsync("API/v1/Generate/Credit/")).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task The_table_holds_every_family_route_and_the_credit_endpoint()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var routes = new ApiRouter(emu.State).Routes.All.Select(r => $"{r.Method} {r.Path}").Order().ToList();

        Assert.Equal(
        [
            "GET /api/v1/generate/credit",
            "GET /api/v1/generate/record-info",
            "GET /api/v1/lyrics/record-info",
            "GET /api/v1/midi/record-info",
            "GET /api/v1/mp4/record-info",
            "GET /api/v1/suno/cover/record-info",
            "GET /api/v1/suno/recovery/record-info",
            "GET /api/v1/vocal-removal/record-info",
            "GET /api/v1/voice/record-info",
            "GET /api/v1/voice/validate-info",
            "GET /api/v1/wav/record-info",
            "POST /api/v1/generate",
            "POST /api/v1/generate/add-instrumental",
            "POST /api/v1/generate/add-vocals",
            "POST /api/v1/generate/extend",
            "POST /api/v1/generate/generate-persona",
            "POST /api/v1/generate/get-timestamped-lyrics",
            "POST /api/v1/generate/mashup",
            "POST /api/v1/generate/replace-section",
            "POST /api/v1/generate/sounds",
            "POST /api/v1/generate/upload-cover",
            "POST /api/v1/generate/upload-extend",
            "POST /api/v1/lyrics",
            "POST /api/v1/midi/generate",
            "POST /api/v1/mp4/generate",
            "POST /api/v1/style/generate",
            "POST /api/v1/suno/cover/generate",
            "POST /api/v1/suno/recovery",
            "POST /api/v1/vocal-removal/generate",
            "POST /api/v1/voice/check-voice",
            "POST /api/v1/voice/generate",
            "POST /api/v1/voice/regenerate",
            "POST /api/v1/voice/validate",
            "POST /api/v1/wav/generate",
        ], routes);
    }

    [Fact]
    public void A_route_registered_twice_is_refused_at_start_up()
    {
        static Task Handle(HttpContext _) => Task.CompletedTask;
        Assert.Throws<InvalidOperationException>(() => new RouteTable(
        [
            new ApiRoute(HttpMethods.Get, "/api/v1/x", Handle),
            new ApiRoute(HttpMethods.Get, "/API/v1/x/", Handle),
        ]));
    }
}
