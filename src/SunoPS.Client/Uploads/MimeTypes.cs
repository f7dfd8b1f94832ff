using System;
using System.Collections.Generic;
using System.IO;

namespace SunoPS.Client.Uploads
{
    /// <summary>The content type an upload declares, by extension (the host echoes it back as mimeType).</summary>
    internal static class MimeTypes
    {
        private static readonly Dictionary<string, string> ByExtension = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [".mp3"] = "audio/mpeg",
            [".wav"] = "audio/wav",
            [".m4a"] = "audio/mp4",
            [".aac"] = "audio/aac",
            [".flac"] = "audio/flac",
            [".ogg"] = "audio/ogg",
            [".opus"] = "audio/opus",
            [".webm"] = "audio/webm",
            [".mp4"] = "video/mp4",
            [".png"] = "image/png",
            [".jpg"] = "image/jpeg",
            [".jpeg"] = "image/jpeg",
            [".webp"] = "image/webp",
            [".txt"] = "text/plain",
        };

        public static string Of(string fileName) =>
            ByExtension.TryGetValue(Path.GetExtension(fileName) ?? "", out var type) ? type : "application/octet-stream";
    }
}
