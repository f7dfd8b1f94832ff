using Microsoft.AspNetCore.Http;

namespace SunoPS.Emulator.Api;

/// <summary>
/// Routes the API origin through the route table: an unknown method or path is code 404 "Invalid request
/// method or path" (checked before the key, as the real API answers it), then the bearer key, then the handler.
/// </summary>
internal sealed class ApiRouter
{
    private readonly EmulatorState _state;

    public ApiRouter(EmulatorState state)
    {
        _state = state;
        Routes = new RouteTable(state.Families.SelectMany(f => f.Routes).Append(new CreditEndpoint(state).Route));
    }

    public RouteTable Routes { get; }

    public Task HandleAsync(HttpContext context)
    {
        var route = Routes.Find(context.Request.Method, context.Request.Path.Value ?? "/");
        if (route is null) return ApiResponses.ErrorAsync(context, _state, ApiCodes.NotFound);
        if (BearerAuth.IsAuthorized(context.Request, _state.Options.ApiKey)) return route.Handle(context);
        return route.RefuseUnauthorized?.Invoke(context) ?? ApiResponses.ErrorAsync(context, _state, ApiCodes.Unauthorized);
    }
}
