using System.Collections.Generic;

namespace SunoPS.Client.Downloads
{
    public enum TrackDownloadStatus
    {
        /// <summary>The file was downloaded, verified and moved into place.</summary>
        Downloaded,

        /// <summary>A file was already there and nothing was written.</summary>
        Skipped,
    }

    /// <summary>What saving one track did.</summary>
    public sealed class TrackDownloadResult
    {
        internal TrackDownloadResult(SunoTrack track, string path, TrackDownloadStatus status)
        {
            Track = track;
            Path = path;
            Status = status;
        }

        /// <summary>The result for a track whose file is already there.</summary>
        public static TrackDownloadResult Skipped(SunoTrack track, string path) => new TrackDownloadResult(track, path, TrackDownloadStatus.Skipped);

        public SunoTrack Track { get; }
        public string Path { get; }
        public TrackDownloadStatus Status { get; }

        /// <summary>Bytes of audio received (before tagging).</summary>
        public long Bytes { get; internal set; }

        /// <summary>The playing time measured in the file, when it is an MP3.</summary>
        public double? MeasuredSeconds { get; internal set; }

        /// <summary>Download attempts made (1 when the first succeeded).</summary>
        public int Attempts { get; internal set; }

        /// <summary>True when the file URLs had expired and the task record was read again for new ones.</summary>
        public bool UrlRefreshed { get; internal set; }

        public string? CoverPath { get; internal set; }
        public string? MetadataPath { get; internal set; }

        /// <summary>Things that went wrong without failing the track (a cover that could not be fetched, say).</summary>
        public IList<string> Warnings { get; } = new List<string>();
    }
}
