using System;
using System.Diagnostics;

namespace SunoPS
{
    /// <summary>
    /// A running copy of the bundled emulator, started by Start-SunoEmulator: its three origins, its (throwaway) key,
    /// and its control endpoint (faults, stats, reset, settings, tasks, clock; see the emulator's README).
    /// </summary>
    public sealed class SunoEmulatorInstance
    {
        internal SunoEmulatorInstance(Process process, Uri apiUri, Uri filesUri, Uri uploadUri, string key)
        {
            Process = process;
            ApiUri = apiUri;
            FilesUri = filesUri;
            UploadUri = uploadUri;
            Key = key;
            ControlUri = new Uri(apiUri, "_emulator/");
            StartedAt = DateTimeOffset.Now;
        }

        /// <summary>The API origin: give it to Set-SunoApiKey -BaseUri.</summary>
        public Uri ApiUri { get; }

        /// <summary>Where the generated files are served.</summary>
        public Uri FilesUri { get; }

        /// <summary>The stand-in for the file-upload host: give it to Set-SunoApiKey -UploadBaseUri.</summary>
        public Uri UploadUri { get; }

        /// <summary>The only key this emulator accepts: a test key made for it, worth nothing anywhere else.</summary>
        public string Key { get; }

        /// <summary>The control endpoints: POST faults, GET stats, POST reset, POST settings, POST tasks, POST clock.</summary>
        public Uri ControlUri { get; }

        public int ProcessId => Process.Id;
        public DateTimeOffset StartedAt { get; }
        public bool IsRunning => !Process.HasExited;

        internal Process Process { get; }

        public override string ToString() => ApiUri.ToString();
    }
}
