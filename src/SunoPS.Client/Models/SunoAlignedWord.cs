namespace SunoPS
{
    /// <summary>
    /// One word of a track's lyrics with the time it is sung (get-timestamped-lyrics). The API glues section tags and
    /// line breaks to words ("[Verse]\nWaggin'"); here the tag is <see cref="Section"/> and the word is only the word.
    /// </summary>
    public sealed class SunoAlignedWord
    {
        public string TaskId { get; internal set; } = "";
        public string AudioId { get; internal set; } = "";

        /// <summary>1-based position among the track's words.</summary>
        public int Index { get; internal set; }

        public string Word { get; internal set; } = "";

        /// <summary>The section this word opens or belongs to (Verse, Chorus…), without brackets; null before any tag.</summary>
        public string? Section { get; internal set; }

        /// <summary>True when the word starts a new lyric line.</summary>
        public bool StartsLine { get; internal set; }

        public double? StartS { get; internal set; }
        public double? EndS { get; internal set; }

        /// <summary>Whether the API aligned this word.</summary>
        public bool? Success { get; internal set; }
        public int? Palign { get; internal set; }

        /// <summary>The API's text of the word as it came, tags and line breaks included.</summary>
        public string RawWord { get; internal set; } = "";

        public override string ToString() => Word;
    }
}
