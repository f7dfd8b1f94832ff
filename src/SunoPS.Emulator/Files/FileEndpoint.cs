using System.Text;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Http;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Files;

/// <summary>
/// The files origin: hands each GET or HEAD to the family whose prefix the path starts with; anything else
/// is 404 (405 for other methods). No key is needed. Each family serves a file exactly while its record shows
/// the URL, answers expired generations with their code, and sends through <see cref="BodySender"/> so byte
/// ranges and the download faults work alike for all.
/// </summary>
internal sealed class FileEndpoint
{
    private readonly FileRoute[] _routes;

    public FileEndpoint(EmulatorState state)
    {
        _routes = state.Families.SelectMany(f => f.FileRoutes).ToArray();
        foreach (var route in _routes)
        {
            // Overlapping prefixes would make the serving family depend on registration order.
            if (_routes.Any(o => !ReferenceEquals(o, route) && o.Prefix.StartsWith(route.Prefix, StringComparison.Ordinal)))
                throw new InvalidOperationException($"File prefix {route.Prefix} overlaps another family's.");
        }
    }

    public Task HandleAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method)) return SendErrorAsync(context, StatusCodes.Status405MethodNotAllowed);

        var path = context.Request.Path.Value ?? "/";
        foreach (var route in _routes)
        {
            if (path.StartsWith(route.Prefix, StringComparison.Ordinal)) return route.Handle(context, path);
        }

        return SendErrorAsync(context, StatusCodes.Status404NotFound);
    }

    /// <summary>A short plain-text answer for a missing or expired file, as a storage host sends.</summary>
    public static Task SendErrorAsync(HttpContext context, int status)
    {
        var text = status switch
        {
            403 => "Forbidden: the link has expired.",
            404 => "Not Found",
            405 => "Method Not Allowed",
            _ => $"HTTP {status}",
        };
        return BodySender.SendAsync(context, status, "text/plain; charset=utf-8", new MemoryBody(Encoding.UTF8.GetBytes(text)));
    }
}
