using Microsoft.AspNetCore.Http;

namespace SunoPS.Emulator.Files;

/// <summary>
/// The part of the files origin one family serves: every path under <see cref="Prefix"/> (e.g. "/w/") goes
/// to <see cref="Handle"/>, which gets the path. GET and HEAD only; the origin answers other methods.
/// </summary>
internal sealed record FileRoute(string Prefix, Func<HttpContext, string, Task> Handle);
