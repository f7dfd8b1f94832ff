using System;

namespace SunoPS
{
    /// <summary>One file a task produced: its kind, where to fetch it, and what is known about it.</summary>
    public sealed class SunoTaskOutput
    {
        public SunoOutputKind Kind { get; internal set; }

        /// <summary>Where to download it; null for text the API gave inline (<see cref="Text"/>).</summary>
        public string? Url { get; internal set; }

        /// <summary>The id of what the file holds: the track id for songs and their WAVs, the stem id for stems.</summary>
        public string Id { get; internal set; } = "";

        public string TaskId { get; internal set; } = "";
        public SunoTaskFamily Family { get; internal set; }
        public string? Title { get; internal set; }

        /// <summary>Length in seconds as the API reports it, when it does.</summary>
        public double? Duration { get; internal set; }

        /// <summary>The stem of a separation output (Vocals, Drums…).</summary>
        public string? StemName { get; internal set; }

        /// <summary>1-based position among the task's outputs of the same kind.</summary>
        public int Index { get; internal set; } = 1;

        /// <summary>True for the files a save writes by default; false for side files (a song's cover, its stream).</summary>
        public bool IsPrimary { get; internal set; }

        /// <summary>The track this output belongs to, for music outputs (and the WAV of a known track).</summary>
        public SunoTrack? Track { get; internal set; }

        /// <summary>The content itself, for outputs the API returns as text (lyrics).</summary>
        public string? Text { get; internal set; }

        /// <summary>
        /// What the file is built from, for outputs the API returns as data rather than as a file (a MIDI output's
        /// <see cref="SunoMidiData"/>); the kind's format renders it when saved.
        /// </summary>
        public object? Content { get; internal set; }

        /// <summary>True once it can be fetched (a URL, inline text, or data to build the file from).</summary>
        public bool IsAvailable => !string.IsNullOrEmpty(Url) || Text != null || Content != null;

        public override string ToString() => Url ?? Id;

        internal SunoTaskOutput Clone() => (SunoTaskOutput)MemberwiseClone();
    }
}
