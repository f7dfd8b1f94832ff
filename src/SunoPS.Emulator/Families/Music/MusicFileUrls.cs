using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// The URLs a music record shows for a track, on the files origin. They mirror the real shapes:
/// <c>f/&lt;gen&gt;/&lt;base64url(id)&gt;.mp3</c> (stream: no extension, image: .jpeg) for the API's file host,
/// and <c>cdn/&lt;id&gt;.mp3</c>, <c>cdn/image_&lt;id&gt;.jpeg</c> for Suno's CDN (never re-issued).
/// </summary>
internal static class MusicFileUrls
{
    public const string HostedPrefix = "/f/";
    public const string CdnPrefix = "/cdn/";
    public const string CdnImagePrefix = "image_";

    public static string For(FileUrls urls, Track track, TrackFile file, int generation) => file switch
    {
        TrackFile.Audio => urls.Hosted(HostedPrefix, generation, track.EncodedId, ".mp3"),
        TrackFile.Stream => urls.Hosted(HostedPrefix, generation, track.EncodedId, ""),
        TrackFile.Image => urls.Hosted(HostedPrefix, generation, track.EncodedId, ".jpeg"),
        TrackFile.SourceAudio or TrackFile.SourceStream => $"{urls.Base}{CdnPrefix}{track.IdText}.mp3",
        TrackFile.SourceImage => $"{urls.Base}{CdnPrefix}{CdnImagePrefix}{track.IdText}.jpeg",
        _ => throw new ArgumentOutOfRangeException(nameof(file)),
    };
}
