using Microsoft.AspNetCore.Http;

namespace SunoPS.Emulator.Api;

/// <summary>
/// One endpoint of the API origin: method and path (matched ignoring case and a trailing slash), the handler
/// for an authorized request, and optionally how to refuse an unauthorized one (the generate endpoint counts
/// that as a rejected submission; the default just answers code 401).
/// </summary>
internal sealed record ApiRoute(
    string Method, string Path, Func<HttpContext, Task> Handle, Func<HttpContext, Task>? RefuseUnauthorized = null);
