using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Music;

/// <summary>A parsed music file path: which track, which of its files, and the URL generation (null for CDN URLs).</summary>
internal readonly record struct MusicFileRequest(Guid TrackId, TrackFile File, int? Generation)
{
    public bool IsImage => File is TrackFile.Image or TrackFile.SourceImage;

    public static bool TryParse(string path, out MusicFileRequest request)
    {
        request = default;
        if (path.StartsWith(MusicFileUrls.HostedPrefix, StringComparison.Ordinal))
        {
            // f/<gen>/<base64url(id)>[.mp3|.jpeg]
            if (!FileUrls.TryParseHosted(path.AsSpan(MusicFileUrls.HostedPrefix.Length), out var generation, out var name)) return false;
            var file = TrackFile.Stream;
            if (name.EndsWith(".mp3", StringComparison.Ordinal)) (file, name) = (TrackFile.Audio, name[..^4]);
            else if (name.EndsWith(".jpeg", StringComparison.Ordinal)) (file, name) = (TrackFile.Image, name[..^5]);
            if (!Track.TryDecodeId(name, out var id)) return false;
            request = new MusicFileRequest(id, file, generation);
            return true;
        }

        if (path.StartsWith(MusicFileUrls.CdnPrefix, StringComparison.Ordinal))
        {
            // cdn/<id>.mp3 (both source audio and source stream) or cdn/image_<id>.jpeg
            var name = path[MusicFileUrls.CdnPrefix.Length..];
            if (name.StartsWith(MusicFileUrls.CdnImagePrefix, StringComparison.Ordinal) && name.EndsWith(".jpeg", StringComparison.Ordinal)
                && Guid.TryParseExact(name[MusicFileUrls.CdnImagePrefix.Length..^5], "D", out var imageId))
            {
                request = new MusicFileRequest(imageId, TrackFile.SourceImage, null);
                return true;
            }

            if (name.EndsWith(".mp3", StringComparison.Ordinal) && Guid.TryParseExact(name[..^4], "D", out var audioId))
            {
                request = new MusicFileRequest(audioId, TrackFile.SourceStream, null);
                return true;
            }
        }

        return false;
    }
}
