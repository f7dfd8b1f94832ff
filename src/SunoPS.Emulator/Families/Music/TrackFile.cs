namespace SunoPS.Emulator.Families.Music;

/// <summary>The URL fields of a record's track item; each appears at a given stage.</summary>
internal enum TrackFile
{
    Audio,
    Stream,
    Image,
    SourceAudio,
    SourceStream,
    SourceImage,
}

internal static class TrackPublication
{
    /// <summary>
    /// FIRST_SUCCESS makes the stream, image and source-stream URLs of both tracks and the download URL of
    /// the first track appear; completion adds the rest. The record and the files origin both ask here,
    /// so a URL answers exactly when the record shows it.
    /// </summary>
    public static bool IsPublished(MusicStatus status, int trackIndex, TrackFile file) => file switch
    {
        TrackFile.Stream or TrackFile.Image or TrackFile.SourceStream =>
            status is MusicStatus.FirstSuccess || status.IsComplete(),
        TrackFile.Audio => status.IsComplete() || (status is MusicStatus.FirstSuccess && trackIndex == 0),
        _ => status.IsComplete(),
    };
}
