using System;
using System.Collections.Generic;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Uploads
{
    /// <summary>
    /// One upload to the file host: a local file (<see cref="Path"/>) or a URL the host fetches (<see cref="Url"/>),
    /// stored under <see cref="UploadPath"/> as <see cref="FileName"/>.
    /// </summary>
    public sealed class SunoUploadRequest
    {
        /// <summary>The folder on the host when none is given.</summary>
        public const string DefaultUploadPath = "sunops";

        /// <summary>A full local path (resolved by the caller).</summary>
        public string? Path { get; set; }

        /// <summary>An http(s) URL the host downloads (it gives up after 30 s; ≤ 100 MB recommended).</summary>
        public string? Url { get; set; }

        /// <summary>The host's folder, without leading or trailing slash.</summary>
        public string UploadPath { get; set; } = DefaultUploadPath;

        /// <summary>The name on the host; the local file's name when null. The same name overwrites.</summary>
        public string? FileName { get; set; }

        /// <summary>The rules this request breaks, in the host's field names.</summary>
        public IReadOnlyList<SunoProblem> Validate()
        {
            var problems = new List<SunoProblem>();
            var hasPath = !string.IsNullOrWhiteSpace(Path);
            var hasUrl = !string.IsNullOrWhiteSpace(Url);
            if (hasPath == hasUrl)
            {
                problems.Add(new SunoProblem(hasPath ? "fileUrl" : "file", hasPath ? SunoProblemRule.NotApplicable : SunoProblemRule.Required)
                    { Condition = "an upload of a URL, not beside a file" });
            }

            if (hasUrl && (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                problems.Add(new SunoProblem("fileUrl", SunoProblemRule.NotHttpUrl) { Value = Url });
            }

            if (string.IsNullOrWhiteSpace(UploadPath))
            {
                problems.Add(new SunoProblem("uploadPath", SunoProblemRule.Required));
            }
            else if (UploadPath.StartsWith("/", StringComparison.Ordinal) || UploadPath.EndsWith("/", StringComparison.Ordinal) ||
                     UploadPath.IndexOf('\\') >= 0)
            {
                problems.Add(new SunoProblem("uploadPath", SunoProblemRule.Malformed) { Value = UploadPath, Condition = "no leading or trailing slash" });
            }

            if (FileName != null && (FileName.Trim().Length == 0 || FileName.IndexOfAny(new[] { '/', '\\' }) >= 0))
            {
                problems.Add(new SunoProblem("fileName", SunoProblemRule.Malformed) { Value = FileName, Condition = "a name without folders" });
            }

            return problems;
        }
    }
}
