using System;

namespace SunoPS
{
    /// <summary>How a file reached the upload host.</summary>
    public enum SunoUploadMethod
    {
        /// <summary>Sent as base64 text in JSON (small files).</summary>
        Base64,

        /// <summary>Streamed as multipart/form-data (large files).</summary>
        Stream,

        /// <summary>Fetched by the host from a URL.</summary>
        Url,
    }

    /// <summary>A file on the upload host: its <see cref="DownloadUrl"/> is what audio-taking endpoints accept.</summary>
    public sealed class SunoUploadedFile
    {
        /// <summary>The host deletes uploads this long after they arrive (suno-api.md §4.24).</summary>
        public static readonly TimeSpan Lifetime = TimeSpan.FromDays(3);

        public string? FileName { get; internal set; }
        public string? FilePath { get; internal set; }
        public string DownloadUrl { get; internal set; } = "";
        public long? FileSize { get; internal set; }
        public string? MimeType { get; internal set; }
        public DateTimeOffset? UploadedAt { get; internal set; }

        /// <summary>When the host deletes it: three days after the upload.</summary>
        public DateTimeOffset ExpiresAt { get; internal set; }

        public SunoUploadMethod Method { get; internal set; }

        /// <summary>The local path or URL that was uploaded.</summary>
        public string? Source { get; internal set; }

        public override string ToString() => DownloadUrl;
    }
}
