using System.Globalization;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Files;

/// <summary>A parsed files-origin path: which track, which of its files, and the URL generation (null for CDN URLs).</summary>
internal readonly record struct FileRequest(Guid TrackId, TrackFile File, int? Generation)
{
    public bool IsImage => File is TrackFile.Image or TrackFile.SourceImage;

    public static bool TryParse(string path, out FileRequest request)
    {
        request = default;
        if (path.StartsWith(FileUrls.HostedPrefix, StringComparison.Ordinal))
        {
            // f/<gen>/<base64url(id)>[.mp3|.jpeg]
            var rest = path.AsSpan(FileUrls.HostedPrefix.Length);
            var slash = rest.IndexOf('/');
            if (slash <= 0 || !int.TryParse(rest[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var generation)) return false;
            var name = rest[(slash + 1)..].ToString();
            var file = TrackFile.Stream;
            if (name.EndsWith(".mp3", StringComparison.Ordinal)) (file, name) = (TrackFile.Audio, name[..^4]);
            else if (name.EndsWith(".jpeg", StringComparison.Ordinal)) (file, name) = (TrackFile.Image, name[..^5]);
            if (!Track.TryDecodeId(name, out var id)) return false;
            request = new FileRequest(id, file, generation);
            return true;
        }

        if (path.StartsWith(FileUrls.CdnPrefix, StringComparison.Ordinal))
        {
            // cdn/<id>.mp3 (both source audio and source stream) or cdn/image_<id>.jpeg
            var name = path[FileUrls.CdnPrefix.Length..];
            if (name.StartsWith(FileUrls.CdnImagePrefix, StringComparison.Ordinal) && name.EndsWith(".jpeg", StringComparison.Ordinal)
                && Guid.TryParseExact(name[FileUrls.CdnImagePrefix.Length..^5], "D", out var imageId))
            {
                request = new FileRequest(imageId, TrackFile.SourceImage, null);
                return true;
            }

            if (name.EndsWith(".mp3", StringComparison.Ordinal) && Guid.TryParseExact(name[..^4], "D", out var audioId))
            {
                request = new FileRequest(audioId, TrackFile.SourceStream, null);
                return true;
            }
        }

        return false;
    }
}
