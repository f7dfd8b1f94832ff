using Microsoft.AspNetCore.Http;

namespace SunoPS.Emulator.Api;

/// <summary>GET /api/v1/generate/credit: <c>data</c> is the balance as an integer. Shared by all families.</summary>
internal sealed class CreditEndpoint(EmulatorState state)
{
    public const string Path = "/api/v1/generate/credit";

    public ApiRoute Route => new(HttpMethods.Get, Path, HandleAsync);

    public Task HandleAsync(HttpContext context)
    {
        if (!ReadLimit.TryAdmit(state)) return ReadLimit.RefuseAsync(context, state);
        return ApiResponses.SuccessAsync(context, w => w.WriteNumberValue(state.Credits));
    }
}
