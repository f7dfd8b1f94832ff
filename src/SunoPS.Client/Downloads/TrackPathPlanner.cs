using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// Chooses where each track of one run goes inside a folder: the template's safe name plus ".mp3", and a
    /// " (2)", " (3)"… suffix when another track of the same run already took that name. Names are compared
    /// ignoring case, because Windows and macOS file systems do. Thread-safe.
    /// </summary>
    public sealed class TrackPathPlanner
    {
        public const string AudioExtension = ".mp3";

        private readonly object _gate = new object();
        private readonly HashSet<string> _claimed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _byTrack = new Dictionary<string, string>(StringComparer.Ordinal);

        public TrackPathPlanner(string folder, FileNameTemplate? template = null)
        {
            if (string.IsNullOrWhiteSpace(folder)) throw new ArgumentException("A folder is required.", nameof(folder));
            Folder = Path.GetFullPath(folder);
            Template = template ?? FileNameTemplate.Default;
        }

        /// <summary>The full path of the folder every planned file is in.</summary>
        public string Folder { get; }

        public FileNameTemplate Template { get; }

        /// <summary>
        /// The full path for <paramref name="track"/> (the <paramref name="index"/>-th, 1-based, of its task).
        /// The same track asked for twice gets the same path.
        /// </summary>
        public string PathFor(SunoTrack track, int index, SunoTask? task = null)
        {
            if (track == null) throw new ArgumentNullException(nameof(track));
            var baseName = Template.Expand(track, index, task);
            lock (_gate)
            {
                if (!string.IsNullOrEmpty(track.Id) && _byTrack.TryGetValue(track.Id, out var known)) return known;

                var name = baseName;
                for (var n = 2; !_claimed.Add(name); n++)
                {
                    name = baseName + string.Format(CultureInfo.InvariantCulture, " ({0})", n);
                }

                var path = Inside(Folder, name + AudioExtension);
                if (!string.IsNullOrEmpty(track.Id)) _byTrack[track.Id] = path;
                return path;
            }
        }

        /// <summary>Joins a folder and a file name, and proves the result is directly inside the folder.</summary>
        internal static string Inside(string folder, string fileName)
        {
            var full = Path.GetFullPath(Path.Combine(folder, fileName));
            var parent = Path.GetDirectoryName(full);
            if (!string.Equals(parent?.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar),
                    folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar), StringComparison.Ordinal))
            {
                // SafeFileName makes this impossible; the check keeps it so if that ever changes.
                throw new SunoException(SunoErrorKind.InvalidRequest, "The file name '" + fileName + "' would leave the folder '" + folder + "'.");
            }

            return full;
        }
    }
}
