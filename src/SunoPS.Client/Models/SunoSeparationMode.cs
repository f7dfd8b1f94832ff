namespace SunoPS
{
    /// <summary>What a separation splits a track into (the API's <c>type</c>).</summary>
    public enum SunoSeparationMode
    {
        /// <summary><c>separate_vocal</c>: vocals and instrumental.</summary>
        SeparateVocal,

        /// <summary><c>split_stem</c>: up to twelve instrument stems; the one MIDI can be made from.</summary>
        SplitStem,

        /// <summary><c>split_stem_advanced</c>: one named stem (<c>stemName</c>).</summary>
        SplitStemAdvanced,
    }
}
