using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using SunoPS.Client.Downloads.Formats;
using SunoPS.Client.Errors;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// Chooses where each output of one run goes inside a folder: the template's safe name plus the extension of
    /// its kind (.mp3 for songs and stems, .wav, .mp4, .jpg or .png for images as their URL says, .mid, .txt, .lrc;
    /// a recovered .m4a keeps .m4a). A name belongs to the thing it was first given to (a track, by its id): that
    /// track's other files (its WAV, its cover) share it with their own extension, while another track whose name
    /// comes out the same gets " (2)", " (3)"… Names are compared ignoring case, because Windows and macOS file
    /// systems do. Thread-safe.
    /// </summary>
    public sealed class OutputPathPlanner
    {
        private readonly object _gate = new object();
        private readonly Dictionary<string, string> _ownerOfName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _claimed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _byOutput = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly bool _defaultTemplate;

        /// <param name="template">The name pattern; none (or the default) names stems by their stem name too.</param>
        public OutputPathPlanner(string folder, FileNameTemplate? template = null)
        {
            if (string.IsNullOrWhiteSpace(folder)) throw new ArgumentException("A folder is required.", nameof(folder));
            Folder = Path.GetFullPath(folder);
            Template = template ?? FileNameTemplate.Default;
            _defaultTemplate = ReferenceEquals(Template, FileNameTemplate.Default);
        }

        /// <summary>The full path of the folder every planned file is in.</summary>
        public string Folder { get; }

        public FileNameTemplate Template { get; }

        /// <summary>The extension (with its dot) a saved file of <paramref name="output"/> gets.</summary>
        public static string ExtensionFor(SunoTaskOutput output)
        {
            if (output == null) throw new ArgumentNullException(nameof(output));
            return OutputFormats.For(output.Kind).ExtensionFor(output);
        }

        /// <summary>
        /// The full path for <paramref name="output"/> of <paramref name="task"/> (when known). The same output
        /// asked for twice gets the same path.
        /// </summary>
        public string PathFor(SunoTaskOutput output, SunoTask? task = null)
        {
            if (output == null) throw new ArgumentNullException(nameof(output));
            var template = _defaultTemplate ? FileNameTemplate.DefaultFor(output) : Template;
            var baseName = template.Expand(output, task);
            var extension = ExtensionFor(output);
            var key = KeyOf(output);
            var owner = string.IsNullOrEmpty(output.Id) ? key : output.Id;
            lock (_gate)
            {
                if (_byOutput.TryGetValue(key, out var known)) return known;

                var name = baseName;
                for (var n = 2; !IsFree(name, extension, owner); n++)
                {
                    name = baseName + string.Format(CultureInfo.InvariantCulture, " ({0})", n);
                }

                _ownerOfName[name] = owner;
                _claimed.Add(name + extension);
                var path = Inside(Folder, name + extension);
                _byOutput[key] = path;
                return path;
            }
        }

        private bool IsFree(string name, string extension, string owner) =>
            (!_ownerOfName.TryGetValue(name, out var holder) || string.Equals(holder, owner, StringComparison.OrdinalIgnoreCase)) &&
            !_claimed.Contains(name + extension);

        /// <summary>What makes an output the same one when asked for again (a renewed URL does not make it another).</summary>
        private static string KeyOf(SunoTaskOutput output) =>
            string.Join("|", output.Family.ToString(), output.TaskId, output.Kind.ToString(), output.Id, output.StemName ?? "",
                output.Index.ToString(CultureInfo.InvariantCulture));

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
