using System;
using System.Globalization;
using System.IO;

namespace SunoPS.Client.Downloads
{
    /// <summary>
    /// A temporary file beside a target, named <c>.&lt;name&gt;.&lt;random&gt;.partial</c>, that becomes the target
    /// only by a move and is deleted otherwise: whatever fails, nothing half-written is left behind.
    /// </summary>
    internal sealed class PartialFile : IDisposable
    {
        private static readonly Random Random = new Random();

        private PartialFile(string path, string target)
        {
            Path = path;
            Target = target;
        }

        public string Path { get; }
        public string Target { get; }

        public static PartialFile Beside(string target)
        {
            var folder = System.IO.Path.GetDirectoryName(target) ?? ".";
            var name = System.IO.Path.GetFileName(target);
            int suffix;
            lock (Random) suffix = Random.Next();
            var path = System.IO.Path.Combine(folder, "." + name + "." + suffix.ToString("x8", CultureInfo.InvariantCulture) + ".partial");
            return new PartialFile(path, target);
        }

        /// <summary>
        /// Opens the file for writing, created new (an existing one means a name clash: never written over). Unbuffered
        /// and synchronous: the body arrives in chunks as large as a buffer would be, and a write into the page cache
        /// is cheaper done at once than handed to another thread and awaited (measured: bench/RESULTS.md, stems).
        /// </summary>
        public FileStream OpenWrite() =>
            new FileStream(Path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, useAsync: false);

        /// <summary>
        /// Moves the file into place. With <paramref name="overwrite"/> an existing target is replaced in one
        /// step (never deleted first); without it an existing target is left alone and false is returned.
        /// </summary>
        public bool MoveIntoPlace(bool overwrite)
        {
            if (overwrite && IsSymbolicLink(Target))
            {
                // Replace the link itself: writing through it would create or change a file somewhere else.
                File.Delete(Target);
            }

            if (overwrite && File.Exists(Target))
            {
                File.Replace(Path, Target, null, ignoreMetadataErrors: true);
                return true;
            }

            try
            {
                File.Move(Path, Target);
                return true;
            }
            catch (IOException) when (File.Exists(Target) && !overwrite)
            {
                return false; // someone else put a file there meanwhile
            }
            catch (IOException) when (File.Exists(Target))
            {
                File.Replace(Path, Target, null, ignoreMetadataErrors: true);
                return true;
            }
        }

        private static bool IsSymbolicLink(string path)
        {
            try
            {
                return (new FileInfo(path).Attributes & FileAttributes.ReparsePoint) != 0 && !Directory.Exists(path);
            }
            catch (IOException)
            {
                return false;
            }
        }

        /// <summary>Deletes the temporary file if it is still there.</summary>
        public void Dispose()
        {
            try
            {
                if (File.Exists(Path)) File.Delete(Path);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
