using System;

namespace SunoPS.Client.Downloads
{
    /// <summary>One track to save, where, and what to save with it.</summary>
    public sealed class TrackDownloadRequest
    {
        public TrackDownloadRequest(SunoTrack track, string destinationPath)
        {
            Track = track ?? throw new ArgumentNullException(nameof(track));
            if (string.IsNullOrWhiteSpace(destinationPath)) throw new ArgumentException("A destination path is required.", nameof(destinationPath));
            DestinationPath = destinationPath;
        }

        public SunoTrack Track { get; }

        /// <summary>The task the track belongs to, when known (for the metadata file; read from the API otherwise).</summary>
        public SunoTask? Task { get; set; }

        /// <summary>The full path of the audio file to write.</summary>
        public string DestinationPath { get; }

        /// <summary>Replace files that exist (atomically); otherwise an existing file is left alone and reported as skipped.</summary>
        public bool Overwrite { get; set; }

        /// <summary>Write ID3v2 tags (title, genre, lyrics, cover, ids) into the MP3.</summary>
        public bool Tag { get; set; } = true;

        /// <summary>Also save the cover image beside the audio, as &lt;name&gt;.jpg.</summary>
        public bool SaveCover { get; set; }

        /// <summary>Also save the full task record beside the audio, as &lt;name&gt;.json.</summary>
        public bool SaveMetadata { get; set; }
    }
}
