using System;
using System.Globalization;
using System.IO;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// What a file already at a planned path is: the same output saved before (skip it), or another track's file that
    /// happens to have the name (keep it, and save beside it under a free name).
    /// </summary>
    internal static class ExistingFile
    {
        /// <summary>
        /// True when <paramref name="path"/> holds <paramref name="output"/>: its ID3 tag records the output's track id, or,
        /// for a file without our tag (a WAV, a stem, -NoTag, a file the user edited), its name carries the output's id.
        /// </summary>
        public static bool HoldsOutput(string path, SunoTaskOutput output)
        {
            var recorded = RecordedTrackId(path);
            if (recorded != null) return string.Equals(recorded, output.Id, StringComparison.OrdinalIgnoreCase);
            var id = FileNameTemplate.ShortId(output.Id);
            return id.Length > 0 && Path.GetFileName(path).IndexOf(id, StringComparison.OrdinalIgnoreCase) >= 0;
        }

        /// <summary>
        /// Where <paramref name="output"/> goes when <paramref name="path"/> may be taken: the path itself, or "name (2).mp3",
        /// "name (3).mp3"… whichever comes first that is free or already holds this output (then
        /// <paramref name="alreadySaved"/> is true, and the file is to be skipped). Another track's file is never chosen.
        /// </summary>
        public static string Place(string path, SunoTaskOutput output, out bool alreadySaved)
        {
            var folder = Path.GetDirectoryName(path) ?? "";
            var stem = Path.GetFileNameWithoutExtension(path);
            var extension = Path.GetExtension(path);
            for (var n = 1; ; n++)
            {
                var candidate = n == 1 ? path : Path.Combine(folder, stem + " (" + n.ToString(CultureInfo.InvariantCulture) + ")" + extension);
                if (Directory.Exists(candidate)) continue;
                if (!File.Exists(candidate))
                {
                    alreadySaved = false;
                    return candidate;
                }

                if (HoldsOutput(candidate, output))
                {
                    alreadySaved = true;
                    return candidate;
                }
            }
        }

        private static string? RecordedTrackId(string path)
        {
            if (!path.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase)) return null;
            try
            {
                return Id3Tagger.ReadUserText(path, Id3Tagger.TrackIdDescription);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is TagLib.CorruptFileException ||
                                      e is TagLib.UnsupportedFormatException || e is NotSupportedException)
            {
                return null; // not an MP3 we can read: fall back to the name
            }
        }
    }
}
