using Microsoft.AspNetCore.Http;

namespace SunoPS.Emulator.Api;

/// <summary>
/// The API origin's routes, built once from the registered families plus the credit endpoint. Paths are
/// looked up first, then methods, so a lookup allocates nothing.
/// </summary>
internal sealed class RouteTable
{
    private readonly Dictionary<string, List<ApiRoute>> _byPath = new(StringComparer.OrdinalIgnoreCase);

    public RouteTable(IEnumerable<ApiRoute> routes)
    {
        foreach (var route in routes)
        {
            var path = Normalize(route.Path);
            if (!_byPath.TryGetValue(path, out var list)) _byPath[path] = list = [];
            // Two families claiming one endpoint is a registration mistake; fail at start-up, not per request.
            if (list.Any(r => HttpMethods.Equals(r.Method, route.Method)))
                throw new InvalidOperationException($"Route {route.Method} {route.Path} is registered twice.");
            list.Add(route);
        }
    }

    public IEnumerable<ApiRoute> All => _byPath.Values.SelectMany(r => r);

    /// <summary>The route for this method and path, or null (the API then answers code 404).</summary>
    public ApiRoute? Find(string method, string path)
    {
        if (!_byPath.TryGetValue(Normalize(path), out var routes)) return null;
        foreach (var route in routes)
        {
            if (HttpMethods.Equals(route.Method, method)) return route;
        }

        return null;
    }

    private static string Normalize(string path) => path.Length > 1 ? path.TrimEnd('/') : path;
}
