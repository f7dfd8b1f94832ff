namespace SunoPS.Emulator.Tests.Callbacks;

/// <summary>
/// Waits for what the background dispatcher makes true: an answer reaches the listener a moment before the dispatcher
/// records it. A guard of 30 s against a hang, not a timing assertion.
/// </summary>
internal static class Until
{
    public static async Task True(Func<bool> condition, string what)
    {
        for (var i = 0; i < 3000 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition(), what);
    }

    /// <summary>The first logged callback has recorded <paramref name="count"/> attempts.</summary>
    public static Task Attempts(EmulatorState state, int count) =>
        True(() => state.CallbackDeliveries.Count > 0 && state.CallbackDeliveries[0].Attempts.Count >= count, $"{count} attempts are recorded");

    /// <summary>Every logged callback has an outcome (none is still on the wire).</summary>
    public static Task Settled(EmulatorState state) =>
        True(() => state.CallbackDeliveries.All(d => d.Outcome != "pending"), "every callback is settled");
}
