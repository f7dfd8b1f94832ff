using System.Collections.Generic;

namespace SunoPS.Client.Downloads
{
    /// <summary>What saving one output did.</summary>
    public sealed class OutputDownloadResult
    {
        internal OutputDownloadResult(SunoTaskOutput output, string path, DownloadStatus status)
        {
            Output = output;
            Path = path;
            Status = status;
        }

        /// <summary>The result for an output whose file is already there.</summary>
        public static OutputDownloadResult Skipped(SunoTaskOutput output, string path) => new OutputDownloadResult(output, path, DownloadStatus.Skipped);

        /// <summary>The output as last read: after a URL refresh, the renewed one.</summary>
        public SunoTaskOutput Output { get; }

        /// <summary>The track of a music output (<see cref="SunoTaskOutput.Track"/>), for convenience.</summary>
        public SunoTrack? Track => Output.Track;

        public string Path { get; }
        public DownloadStatus Status { get; }

        /// <summary>Bytes of the body received (before tagging).</summary>
        public long Bytes { get; internal set; }

        /// <summary>The playing time measured in the file, when its format allows (MP3 frames, WAV data).</summary>
        public double? MeasuredSeconds { get; internal set; }

        /// <summary>Download attempts made (1 when the first succeeded).</summary>
        public int Attempts { get; internal set; }

        /// <summary>True when the file URLs had expired and the task record was read again for new ones.</summary>
        public bool UrlRefreshed { get; internal set; }

        public string? CoverPath { get; internal set; }
        public string? MetadataPath { get; internal set; }

        /// <summary>The .lrc saved beside a song, when its lyrics were asked for and it has some.</summary>
        public string? LyricsPath { get; internal set; }

        /// <summary>Things that went wrong without failing the download (a cover that could not be fetched, say).</summary>
        public IList<string> Warnings { get; } = new List<string>();
    }
}
