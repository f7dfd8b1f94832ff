using System.Globalization;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Files;

/// <summary>
/// The URLs a record shows for a track, on the files origin. They mirror the real shapes:
/// <c>f/&lt;gen&gt;/&lt;base64url(id)&gt;.mp3</c> (stream: no extension, image: .jpeg) for the API's file host,
/// and <c>cdn/&lt;id&gt;.mp3</c>, <c>cdn/image_&lt;id&gt;.jpeg</c> for Suno's CDN. The generation segment
/// changes when files expire, so re-reading the record yields working URLs.
/// </summary>
internal sealed class FileUrls(Uri filesUri)
{
    public const string HostedPrefix = "/f/";
    public const string CdnPrefix = "/cdn/";
    public const string CdnImagePrefix = "image_";

    private readonly string _base = filesUri.AbsoluteUri.TrimEnd('/');

    public string For(Track track, TrackFile file, int generation) => file switch
    {
        TrackFile.Audio => Hosted(track, generation, ".mp3"),
        TrackFile.Stream => Hosted(track, generation, ""),
        TrackFile.Image => Hosted(track, generation, ".jpeg"),
        TrackFile.SourceAudio or TrackFile.SourceStream => $"{_base}{CdnPrefix}{track.IdText}.mp3",
        TrackFile.SourceImage => $"{_base}{CdnPrefix}{CdnImagePrefix}{track.IdText}.jpeg",
        _ => throw new ArgumentOutOfRangeException(nameof(file)),
    };

    private string Hosted(Track track, int generation, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{_base}{HostedPrefix}{generation}/{track.EncodedId}{extension}");
}
