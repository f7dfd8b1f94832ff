using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Callbacks;

/// <summary>A callback that gets no HTTP 200 is retried up to three times with backoff; then the task's callbacks stop (suno-api.md §6).</summary>
public class CallbackRetryTests
{
    private static Task<RunningEmulator> StartAsync() => RunningEmulator.StartAsync(o =>
    {
        o.ClockSpeed = 0.001; // only the test moves the clock, so a backoff never passes by itself
        o.DefaultTrackSeconds = 2.4;
        o.CallbackRetrySeconds = 1; // 1, 2, 4 emulated seconds between attempts
    });

    private static async Task SubmitAsync(RunningEmulator emu, string url)
    {
        var answer = await emu.PostJsonAsync("api/v1/generate",
            new { prompt = "A calm piano melody", customMode = false, instrumental = false, model = "V5", callBackUrl = url });
        Assert.Equal(200, answer.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_non_200_answer_is_retried_until_the_receiver_takes_it()
    {
        await using var listener = new CallbackListener();
        listener.Answers.Enqueue(500);
        listener.Answers.Enqueue(503);
        await using var emu = await StartAsync();
        await SubmitAsync(emu, listener.Url);

        emu.State.AdvanceClock(10);
        var refused = await listener.NextAsync();
        Assert.Equal(500, refused.AnsweredWith);
        await Until.Attempts(emu.State, 1);
        emu.State.AdvanceClock(1);
        var again = await listener.NextAsync();
        Assert.Equal(503, again.AnsweredWith);
        Assert.Equal(refused.Body, again.Body); // the same body again
        await Until.Attempts(emu.State, 2);
        emu.State.AdvanceClock(2);
        var taken = await listener.NextAsync();
        Assert.Equal(200, taken.AnsweredWith);
        await Until.Settled(emu.State);

        var text = emu.State.CallbackDeliveries[0];
        Assert.Equal("text", text.Stage);
        Assert.Equal([500, 503, 200], text.Attempts);
        Assert.Equal("delivered", text.Outcome);

        emu.State.AdvanceClock(200); // the later stages go on
        Assert.Equal("first", (await listener.NextAsync()).Json.GetProperty("data").GetProperty("callbackType").GetString());
        Assert.Equal("complete", (await listener.NextAsync()).Json.GetProperty("data").GetProperty("callbackType").GetString());
    }

    [Fact]
    public async Task A_retry_waits_for_the_backoff_on_the_emulated_clock()
    {
        await using var listener = new CallbackListener();
        listener.Answers.Enqueue(500);
        await using var emu = await StartAsync();
        await SubmitAsync(emu, listener.Url);

        emu.State.AdvanceClock(10);
        await listener.NextAsync();
        await Until.Attempts(emu.State, 1);
        await Task.Delay(200); // the clock barely moves: no retry before the backoff has passed on it
        Assert.Null(listener.TryNext());
        emu.State.AdvanceClock(1);
        Assert.Equal(200, (await listener.NextAsync()).AnsweredWith);
    }

    [Fact]
    public async Task After_three_failed_retries_the_stage_fails_and_no_later_stage_is_sent()
    {
        await using var listener = new CallbackListener();
        for (var i = 0; i < 4; i++) listener.Answers.Enqueue(500);
        await using var emu = await StartAsync();
        await SubmitAsync(emu, listener.Url);

        emu.State.AdvanceClock(10);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(500, (await listener.NextAsync()).AnsweredWith);
            await Until.Attempts(emu.State, i + 1);
            emu.State.AdvanceClock(8);
        }

        await Until.Settled(emu.State);
        var text = Assert.Single(emu.State.CallbackDeliveries);
        Assert.Equal([500, 500, 500, 500], text.Attempts);
        Assert.Contains("3 retries", text.Reason);

        emu.State.AdvanceClock(500);
        await Task.Delay(200);
        Assert.Null(listener.TryNext());
        Assert.Single(emu.State.CallbackDeliveries);
    }

    [Fact]
    public async Task A_receiver_that_is_not_there_counts_as_a_failed_attempt()
    {
        int port;
        await using (var gone = new CallbackListener()) port = gone.Port; // a loopback port nobody listens on now
        await using var emu = await StartAsync();
        await SubmitAsync(emu, $"http://127.0.0.1:{port}/hook");

        emu.State.AdvanceClock(10);
        for (var i = 0; i < 4; i++)
        {
            await Until.Attempts(emu.State, i + 1);
            emu.State.AdvanceClock(8);
        }

        await Until.Settled(emu.State);
        Assert.Equal([0, 0, 0, 0], emu.State.CallbackDeliveries[0].Attempts);
    }
}
