using System;
using SunoPS.Client.Http;

namespace SunoPS.Client.Downloads
{
    /// <summary>One output of a task to save, where, and what to save with it.</summary>
    public sealed class OutputDownloadRequest
    {
        public OutputDownloadRequest(SunoTaskOutput output, string destinationPath)
        {
            Output = output ?? throw new ArgumentNullException(nameof(output));
            if (string.IsNullOrWhiteSpace(destinationPath)) throw new ArgumentException("A destination path is required.", nameof(destinationPath));
            DestinationPath = destinationPath;
        }

        public SunoTaskOutput Output { get; }

        /// <summary>
        /// The task the output belongs to, when known: it fills the MP3 tag and gives the metadata file. A task of
        /// another id or family is ignored; without one (or without its raw record) the record is read when needed.
        /// </summary>
        public SunoTask? Task { get; set; }

        /// <summary>The full path of the file to write.</summary>
        public string DestinationPath { get; }

        /// <summary>Replace files that exist (atomically); otherwise an existing file is left alone and reported as skipped.</summary>
        public bool Overwrite { get; set; }

        /// <summary>Write an ID3v2 tag (title, genre, lyrics, cover, ids) ahead of the audio. Only songs saved as MP3 are tagged.</summary>
        public bool Tag { get; set; } = true;

        /// <summary>Also save a song's cover image beside it, as &lt;name&gt;.jpg. Other kinds have no cover.</summary>
        public bool SaveCover { get; set; }

        /// <summary>
        /// Also save the task's record beside the file, exactly as the API sent it: &lt;name&gt;.json for music
        /// outputs, &lt;name&gt;.&lt;extension&gt;.json for other families (so a WAV beside its MP3 keeps its own record).
        /// </summary>
        public bool SaveMetadata { get; set; }

        /// <summary>Also save a song's timestamped lyrics beside it as &lt;name&gt;.lrc.</summary>
        public bool SaveLyrics { get; set; }

        /// <summary>The concurrency slot the download runs in: told when the file host pushes back, so the others slow down.</summary>
        internal AdaptiveConcurrency.Slot? Slot { get; set; }
    }
}
