using System.Text.Json;
using System.Text.Json.Nodes;
using static SunoPS.Emulator.Tests.Music.MusicScenario;

namespace SunoPS.Emulator.Tests.Music;

/// <summary>POST /api/v1/style/generate (suno-api.md §4.13): a synchronous answer that costs 0.4 credits.</summary>
public class StyleBoostTests
{
    [Fact]
    public async Task A_boost_answers_the_result_with_decimal_credits_and_a_string_success_flag()
    {
        await using var scenario = await StartAsync(configure: o => o.InitialCredits = 100);
        var answer = await scenario.PostAsync(Paths.StyleBoost, new JsonObject { ["content"] = "Pop, Mysterious" });

        Assert.Equal(200, answer.GetProperty("code").GetInt32());
        var data = answer.GetProperty("data");
        Assert.Matches("^[0-9a-f]{32}$", data.GetProperty("taskId").GetString());
        Assert.Equal("""{"content":"Pop, Mysterious"}""", data.GetProperty("param").GetString());
        Assert.StartsWith("Pop, Mysterious, ", data.GetProperty("result").GetString());
        Assert.Equal("0.4", data.GetProperty("creditsConsumed").GetRawText());
        Assert.Equal("99.6", data.GetProperty("creditsRemaining").GetRawText());
        Assert.Equal(JsonValueKind.String, data.GetProperty("successFlag").ValueKind);
        Assert.Equal("1", data.GetProperty("successFlag").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("errorCode").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("errorMessage").ValueKind);
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", data.GetProperty("createTime").GetString());
    }

    [Fact]
    public async Task Fractions_are_kept_and_the_credit_endpoint_answers_the_whole_credits()
    {
        await using var scenario = await StartAsync(configure: o => o.InitialCredits = 1);
        await scenario.PostAsync(Paths.StyleBoost, new JsonObject { ["content"] = "Jazz" });
        var second = await scenario.PostAsync(Paths.StyleBoost, new JsonObject { ["content"] = "Jazz" });
        Assert.Equal("0.2", second.GetProperty("data").GetProperty("creditsRemaining").GetRawText());
        Assert.Equal(0.2m, scenario.State.CreditBalance);

        var credit = await scenario.Emu.GetJsonAsync("api/v1/generate/credit");
        Assert.Equal("0", credit.GetProperty("data").GetRawText()); // an integer, rounded down

        AssertRefused(await scenario.PostAsync(Paths.StyleBoost, new JsonObject { ["content"] = "Jazz" }), 429, "Insufficient credits");
        Assert.Equal(0.2m, scenario.State.CreditBalance);
    }

    [Fact]
    public async Task The_fail_word_gives_success_flag_2_and_spends_nothing()
    {
        await using var scenario = await StartAsync(configure: o => o.InitialCredits = 10);
        var data = (await scenario.PostAsync(Paths.StyleBoost, new JsonObject { ["content"] = "Pop [fail]" })).GetProperty("data");
        Assert.Equal("2", data.GetProperty("successFlag").GetString());
        Assert.Equal(501, data.GetProperty("errorCode").GetInt32());
        Assert.Equal("", data.GetProperty("result").GetString());
        Assert.Equal(10m, scenario.State.CreditBalance);
    }

    [Fact]
    public async Task Content_must_be_a_string()
    {
        await using var scenario = await StartAsync();
        AssertRefused(await scenario.PostAsync(Paths.StyleBoost, new JsonObject { ["content"] = 5 }), 400, "content must be a string.");
    }
}
