namespace SunoPS
{
    /// <summary>One note of a MIDI task's instrument, as the API gives it: pitch 0–127, times in seconds, velocity 0–1.</summary>
    public sealed class SunoMidiNote
    {
        public int Pitch { get; internal set; }

        /// <summary>Start in seconds from the beginning.</summary>
        public double Start { get; internal set; }

        /// <summary>End in seconds from the beginning.</summary>
        public double End { get; internal set; }

        /// <summary>Loudness from 0 to 1 (a saved file scales it to MIDI's 1–127).</summary>
        public double Velocity { get; internal set; }

        public override string ToString() =>
            string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} @ {1:0.###}-{2:0.###} s", Pitch, Start, End);
    }
}
