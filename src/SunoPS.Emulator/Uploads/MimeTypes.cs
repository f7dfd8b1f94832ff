namespace SunoPS.Emulator.Uploads;

/// <summary>The <c>mimeType</c> of an upload: the one sent with it, else one known from the file name's extension.</summary>
internal static class MimeTypes
{
    public const string Default = "application/octet-stream";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".mp3"] = "audio/mpeg",
        [".wav"] = "audio/wav",
        [".m4a"] = "audio/mp4",
        [".flac"] = "audio/flac",
        [".ogg"] = "audio/ogg",
        [".aac"] = "audio/aac",
        [".mp4"] = "video/mp4",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".txt"] = "text/plain",
        [".json"] = "application/json",
        [".mid"] = "audio/midi",
        [".pdf"] = "application/pdf",
    };

    private static readonly Dictionary<string, string> ExtensionByType = ByExtension
        .GroupBy(p => p.Value, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.OrdinalIgnoreCase);

    public static string Of(string fileName, string? sent)
    {
        var type = sent?.Split(';')[0].Trim();
        if (!string.IsNullOrEmpty(type) && !type.Equals(Default, StringComparison.OrdinalIgnoreCase)) return type.ToLowerInvariant();
        return ByExtension.TryGetValue(Path.GetExtension(fileName), out var known) ? known : Default;
    }

    /// <summary>An extension for a made-up file name (".mp3" for audio/mpeg), or ".bin".</summary>
    public static string ExtensionFor(string? mimeType) =>
        mimeType is not null && ExtensionByType.TryGetValue(mimeType, out var extension) ? extension : ".bin";
}
