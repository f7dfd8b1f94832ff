using Microsoft.AspNetCore.Http;

namespace SunoPS.Emulator.Api;

/// <summary>Routes the API origin: the three music endpoints; everything else is code 404.</summary>
internal sealed class ApiRouter(EmulatorState state)
{
    private readonly GenerateEndpoint _generate = new(state);
    private readonly RecordInfoEndpoint _recordInfo = new(state);
    private readonly CreditEndpoint _credit = new(state);

    public Task HandleAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var path = (context.Request.Path.Value ?? "/").TrimEnd('/');

        if (HttpMethods.IsPost(method) && Is(path, "/api/v1/generate"))
        {
            return Authorized(context) ? _generate.HandleAsync(context) : _generate.RejectAsync(context, ApiCodes.Unauthorized);
        }

        Func<HttpContext, Task>? read =
            !HttpMethods.IsGet(method) ? null
            : Is(path, "/api/v1/generate/record-info") ? _recordInfo.HandleAsync
            : Is(path, "/api/v1/generate/credit") ? _credit.HandleAsync
            : null;

        if (read is null) return ApiResponses.ErrorAsync(context, state, ApiCodes.NotFound);
        return Authorized(context) ? read(context) : ApiResponses.ErrorAsync(context, state, ApiCodes.Unauthorized);
    }

    private bool Authorized(HttpContext context) => BearerAuth.IsAuthorized(context.Request, state.Options.ApiKey);

    private static bool Is(string path, string expected) => string.Equals(path, expected, StringComparison.OrdinalIgnoreCase);
}
