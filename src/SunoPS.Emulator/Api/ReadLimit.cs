using Microsoft.AspNetCore.Http;

namespace SunoPS.Emulator.Api;

/// <summary>The optional per-second limit shared by record-info and credit reads.</summary>
internal static class ReadLimit
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    public static bool TryAdmit(EmulatorState state) => state.ReadLimiter.TryAdmit(state.ReadLimitPerSecond, Window);

    public static Task RefuseAsync(HttpContext context, EmulatorState state)
    {
        state.Counters.Throttled();
        return ApiResponses.ErrorAsync(context, state, ApiCodes.TooFrequent);
    }
}
