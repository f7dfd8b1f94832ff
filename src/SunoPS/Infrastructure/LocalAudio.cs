using System;
using System.IO;
using System.Management.Automation;
using SunoPS.Client.Uploads;

namespace SunoPS.Infrastructure
{
    /// <summary>
    /// A local audio file given with -AudioPath: resolved against the current location, checked to exist, measured
    /// when its format allows. Until it is uploaded (after -WhatIf/-Confirm), the request carries a placeholder URL
    /// so its other rules can be checked first; the upload then puts the host's download URL in its place.
    /// </summary>
    internal sealed class LocalAudio
    {
        private readonly Lazy<double?> _duration;

        private LocalAudio(string path, Action<string> apply)
        {
            Path = path;
            Apply = apply;
            // Measured when a rule asks (it reads the whole file): Send-SunoFile checks no length, and pays nothing.
            _duration = new Lazy<double?>(() => AudioFileLength.Measure(path));
        }

        public string Path { get; }

        /// <summary>Puts the uploaded file's URL into the request.</summary>
        public Action<string> Apply { get; }

        /// <summary>Seconds, when the file is an MP3 or WAV that could be measured.</summary>
        public double? Duration => _duration.Value;

        /// <summary>What the request carries until the upload: a URL the request's checks accept and no host resolves.</summary>
        public string PlaceholderUrl => "https://upload.pending.invalid/" + Uri.EscapeDataString(System.IO.Path.GetFileName(Path));

        /// <summary>The file for <paramref name="given"/>, or null with the error written when there is no such file.</summary>
        public static LocalAudio? Resolve(PSCmdlet cmdlet, string given, Action<string> apply, out ErrorRecord? error)
        {
            error = null;
            string full;
            try
            {
                full = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(given);
            }
            catch (Exception e) when (e is ItemNotFoundException || e is System.Management.Automation.DriveNotFoundException || e is ProviderNotFoundException ||
                                      e is NotSupportedException || e is ArgumentException || e is PSInvalidOperationException)
            {
                error = NotFound(given, e.Message);
                return null;
            }

            if (!File.Exists(full))
            {
                error = NotFound(given, Directory.Exists(full) ? "It is a folder; give an audio file." : "There is no such file.");
                return null;
            }

            return new LocalAudio(full, apply);
        }

        private static ErrorRecord NotFound(string given, string why) =>
            new ErrorRecord(new FileNotFoundException("Cannot upload '" + given + "': " + why + " Nothing was sent."), "SunoFileNotFound",
                ErrorCategory.ObjectNotFound, given);
    }
}
