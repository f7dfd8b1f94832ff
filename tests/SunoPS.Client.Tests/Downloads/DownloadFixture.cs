using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SunoPS.Client.Downloads;
using SunoPS.Client.Tests.Support;
using SunoPS.Emulator;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>An emulator with short tracks, a client, a downloader with quick retries, and an empty folder.</summary>
    internal sealed class DownloadFixture : IAsyncDisposable
    {
        public const double TrackSeconds = 3;

        private DownloadFixture(EmulatorSession session, OutputDownloader downloader, string folder)
        {
            Session = session;
            Downloader = downloader;
            Folder = folder;
        }

        public EmulatorSession Session { get; }
        public OutputDownloader Downloader { get; }
        public string Folder { get; }
        public EmulatorState State => Session.Emulator.State;

        public static async Task<DownloadFixture> StartAsync(Action<OutputDownloadOptions>? configure = null)
        {
            var session = await EmulatorSession.StartAsync(o =>
            {
                o.DefaultTrackSeconds = TrackSeconds;
                o.Mp3Kbps = 128;
            });
            var options = new OutputDownloadOptions
            {
                RetryBaseDelay = TimeSpan.FromMilliseconds(10),
                MaxRetryDelay = TimeSpan.FromMilliseconds(50),
                ReadTimeout = TimeSpan.FromSeconds(5),
            };
            configure?.Invoke(options);
            var folder = Path.Combine(Path.GetTempPath(), "sunops-dl-" + Guid.NewGuid().ToString("N"));
            return new DownloadFixture(session, session.Client.CreateDownloader(options), folder);
        }

        /// <summary>A finished task, read through the client as a user would have it.</summary>
        public async Task<SunoTask> FinishedTaskAsync(bool instrumental = false)
        {
            var id = State.SeedTasks(new SeedTasksRequest { Count = 1, Status = "SUCCESS", TrackSeconds = TrackSeconds, Instrumental = instrumental })[0];
            return await Session.Client.GetTaskAsync(id);
        }

        /// <summary>The song output (MP3) of the <paramref name="index"/>-th track of a music task.</summary>
        public static SunoTaskOutput Song(SunoTask task, int index = 0) =>
            task.Outputs.Where(o => o.Kind == SunoOutputKind.Audio).ElementAt(index);

        public OutputDownloadRequest Request(SunoTaskOutput output, string? name = null) =>
            new OutputDownloadRequest(output, Path.Combine(Folder, name ?? output.Id + ".mp3"));

        /// <summary>
        /// A request that fetches the audio only: no tag, so no cover. Faults on the files origin match any path, and
        /// the cover is fetched alongside the audio, so tests that count audio attempts must leave the cover out.
        /// </summary>
        public OutputDownloadRequest AudioRequest(SunoTaskOutput output) =>
            new OutputDownloadRequest(output, Path.Combine(Folder, output.Id + ".mp3")) { Tag = false };

        public void FilesFault(FaultKind kind, int count = 1, int code = 0, long bytes = 0, long bytesPerSecond = 0) =>
            State.AddFault(new FaultSpec { Target = "files", Kind = kind, Count = count, Code = code, Bytes = bytes, BytesPerSecond = bytesPerSecond });

        /// <summary>Every file in the folder, temporary ones included.</summary>
        public string[] FilesInFolder() =>
            Directory.Exists(Folder) ? Directory.GetFiles(Folder).Select(p => Path.GetFileName(p)).ToArray() : new string[0];

        public async ValueTask DisposeAsync()
        {
            await Session.DisposeAsync();
            try
            {
                if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
