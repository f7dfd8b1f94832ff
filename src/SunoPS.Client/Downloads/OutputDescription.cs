using System.Globalization;

namespace SunoPS.Client.Downloads
{
    /// <summary>How messages name an output: "track 1a2b…", "the WAV of track 1a2b…", "stem Vocals of task 9f…".</summary>
    internal static class OutputDescription
    {
        public static string Of(SunoTaskOutput output)
        {
            var id = string.IsNullOrEmpty(output.Id) ? null : output.Id;
            var ofTask = "task " + output.TaskId;
            var ofTrack = id == null ? ofTask : "track " + id;
            switch (output.Kind)
            {
                case SunoOutputKind.Audio: return ofTrack;
                case SunoOutputKind.Stream: return "the stream of " + ofTrack;
                case SunoOutputKind.Image:
                    return output.Track != null ? "the cover of " + ofTrack : Numbered("image", output) + " of " + ofTask;
                case SunoOutputKind.Wav: return "the WAV of " + ofTrack;
                case SunoOutputKind.Stem: return "stem " + (output.StemName ?? id ?? output.Index.ToString(CultureInfo.InvariantCulture)) + " of " + ofTask;
                case SunoOutputKind.Video: return "the video of " + ofTrack;
                case SunoOutputKind.Midi: return "the MIDI of " + ofTask;
                case SunoOutputKind.Lyrics: return Numbered("lyrics", output) + " of " + ofTask;
                case SunoOutputKind.Lrc: return "the timestamped lyrics of " + ofTrack;
                default: return output.Kind + " " + (id ?? "") + " of " + ofTask;
            }
        }

        /// <summary>The same, to start a sentence.</summary>
        public static string Capitalized(SunoTaskOutput output)
        {
            var text = Of(output);
            return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
        }

        private static string Numbered(string noun, SunoTaskOutput output) =>
            noun + " " + output.Index.ToString(CultureInfo.InvariantCulture);
    }
}
