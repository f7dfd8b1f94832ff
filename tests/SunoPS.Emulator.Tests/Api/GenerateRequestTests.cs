using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Api;

public class GenerateRequestTests
{
    [Theory]
    [InlineData("""{"customMode":false,"instrumental":false,"model":"V5","prompt":"x"}""", 400, "callBackUrl")]
    [InlineData("""{"instrumental":false,"model":"V5","prompt":"x","callBackUrl":"https://e.com/c"}""", 400, "customMode")]
    [InlineData("""{"customMode":true,"instrumental":true,"model":"V5","title":"t","callBackUrl":"https://e.com/c"}""", 400, "style")]
    [InlineData("""{"customMode":true,"instrumental":false,"model":"V5","title":"t","style":"s","callBackUrl":"https://e.com/c"}""", 400, "prompt")]
    [InlineData("""{"customMode":false,"instrumental":false,"model":"V2","prompt":"x","callBackUrl":"https://e.com/c"}""", 400, "model")]
    [InlineData("""{"customMode":false,"instrumental":false,"model":"V5","prompt":"x","styleWeight":1.5,"callBackUrl":"https://e.com/c"}""", 400, "styleWeight")]
    [InlineData("""{"customMode":true,"instrumental":true,"model":"V4","style":"s","title":"An eighty-one character title, which is one more than model V4 allows for a title!!","callBackUrl":"https://e.com/c"}""", 413, "Theme or prompt too long")]
    public async Task Invalid_requests_get_a_body_code_naming_the_problem(string body, int code, string mentioned)
    {
        await using var emu = await RunningEmulator.StartAsync();

        using var response = await emu.Api.PostAsync("api/v1/generate", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var envelope = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(code, envelope.GetProperty("code").GetInt32());
        Assert.Contains(mentioned, envelope.GetProperty("msg").GetString());
        Assert.Equal(JsonValueKind.Null, envelope.GetProperty("data").ValueKind);
        Assert.Equal(1, emu.State.Stats.GenerateRejected);
    }

    [Fact]
    public async Task Newer_V6_models_are_accepted()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var result = await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody(model: "V6_WILD"));
        Assert.Equal(200, result.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_wrong_key_is_401_without_echoing_the_key()
    {
        await using var emu = await RunningEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emu.Emulator.ApiUri };
        client.DefaultRequestHeaders.Authorization = new("Bearer", "secret-wrong-key");

        var text = await client.GetStringAsync("api/v1/generate/credit");

        Assert.Equal("""{"code":401,"msg":"Unauthorized access","data":null}""", text);
    }

    [Fact]
    public async Task Each_generation_costs_credits_until_there_are_too_few()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.InitialCredits = 20);

        var first = await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody());
        var second = await emu.PostJsonAsync("api/v1/generate", RunningEmulator.GenerateBody());
        var balance = await emu.GetJsonAsync("api/v1/generate/credit");

        Assert.Equal(200, first.GetProperty("code").GetInt32());
        Assert.Equal(429, second.GetProperty("code").GetInt32());
        Assert.Equal("Insufficient credits", second.GetProperty("msg").GetString());
        Assert.Equal(8, balance.GetProperty("data").GetInt64());
    }

    [Fact]
    public async Task Errors_can_mirror_their_code_as_the_HTTP_status()
    {
        await using var emu = await RunningEmulator.StartAsync(o => o.ErrorsAsHttpStatus = true);

        using var unknownPath = await emu.Api.GetAsync("api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, unknownPath.StatusCode);
        var envelope = await unknownPath.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Invalid request method or path", envelope.GetProperty("msg").GetString());
    }
}
