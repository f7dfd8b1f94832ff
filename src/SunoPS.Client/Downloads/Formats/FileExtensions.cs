using System;
using System.Linq;

namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>An extension taken from a file URL when it is one the kind may have, the kind's usual one otherwise.</summary>
    internal static class FileExtensions
    {
        /// <param name="fallback">The kind's usual extension, used when the URL's is missing or not among <paramref name="accepted"/>.</param>
        public static string FromUrl(string? url, string fallback, params string[] accepted)
        {
            if (string.IsNullOrEmpty(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return fallback;
            var path = uri.AbsolutePath;
            var dot = path.LastIndexOf('.');
            if (dot < 0 || dot < path.LastIndexOf('/')) return fallback;
            var extension = path.Substring(dot).ToLowerInvariant();
            if (extension == ".jpeg") extension = ".jpg";
            return accepted.Contains(extension, StringComparer.Ordinal) ? extension : fallback;
        }
    }
}
