namespace SunoPS
{
    /// <summary>What a file a task produced holds; it decides how the file is verified and named when saved.</summary>
    public enum SunoOutputKind
    {
        /// <summary>A downloadable song (MP3, or M4A from recovery).</summary>
        Audio,

        /// <summary>The streaming URL of a song: playable early, not saved.</summary>
        Stream,

        /// <summary>A picture: a track's cover, or a cover-art task's images.</summary>
        Image,

        Wav,

        /// <summary>One separated stem; <see cref="SunoTaskOutput.StemName"/> says which.</summary>
        Stem,

        Video,
        Midi,

        /// <summary>Lyrics text; <see cref="SunoTaskOutput.Text"/> holds it.</summary>
        Lyrics,

        /// <summary>Timestamped lyrics as LRC text.</summary>
        Lrc,
    }
}
