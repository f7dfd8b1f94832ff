using System.Collections.Generic;

namespace SunoPS
{
    /// <summary>A track's lyrics aligned word by word, as get-timestamped-lyrics answers.</summary>
    public sealed class SunoTimestampedLyrics
    {
        public string TaskId { get; internal set; } = "";
        public string AudioId { get; internal set; } = "";
        public IReadOnlyList<SunoAlignedWord> Words { get; internal set; } = new SunoAlignedWord[0];
        public IReadOnlyList<double> WaveformData { get; internal set; } = new double[0];
        public double? HootCer { get; internal set; }
        public bool? IsStreamed { get; internal set; }

        /// <summary>The lyrics as LRC text: one timed line per lyric line, section tags left out.</summary>
        public string ToLrc(string? title = null) => Client.Lyrics.LrcWriter.Write(this, title);
    }
}
