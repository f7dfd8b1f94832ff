using System;

namespace SunoPS.Client.Http
{
    /// <summary>
    /// Whether a URI names this machine (localhost, 127.0.0.0/8, [::1]), safe to ask from many threads at once.
    /// System.Uri works out its host's facts on first use and records them in shared flags without a lock: eight
    /// threads asking IsLoopback of a fresh Uri at once saw false about once in 8,000 (measured on .NET 10), which
    /// refused the emulator's http as "not https" in the first parallel reads of a fresh process. One Uri object
    /// reaches many runspaces ($using:, a profile), so each question is put to a private copy.
    /// </summary>
    internal static class LoopbackHost
    {
        public static bool Of(Uri uri) =>
            uri.IsAbsoluteUri && Uri.TryCreate(uri.OriginalString, UriKind.Absolute, out var copy) && copy.IsLoopback;
    }
}
