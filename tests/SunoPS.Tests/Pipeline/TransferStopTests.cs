using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using SunoPS.Emulator;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Pipeline
{
    /// <summary>
    /// Ctrl+C (PowerShell.Stop) during an upload and during parallel downloads returns, leaves no partial file and no
    /// transfer running in the background, and the next command works.
    /// </summary>
    public sealed class TransferStopTests : CmdletTest, IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "SunoPS.TransferStop-" + Guid.NewGuid().ToString("N"));

        [Fact]
        public async Task Stop_ends_parallel_downloads_and_leaves_no_partial_file()
        {
            var ids = State.SeedTasks(3).ToArray();
            State.AddFault(new FaultSpec { Target = "files", Kind = FaultKind.Slow, BytesPerSecond = 2000, Count = -1 });
            using var shell = Host.Prepare("$ids | Save-SunoTrack -Path $dir -ThrottleLimit 4 -NoTag", Vars(("ids", ids), ("dir", _folder)));

            shell.BeginInvoke();
            await Eventually.Until(() => Directory.Exists(_folder) && Directory.GetFiles(_folder, "*.partial").Length >= 2, "downloads are under way");
            await StopWithin(shell, TimeSpan.FromSeconds(5));

            Assert.Empty(Directory.GetFiles(_folder));
            await Task.Delay(200);
            var before = State.Stats.FilesRequests;
            await Task.Delay(600);
            Assert.Equal(before, State.Stats.FilesRequests);
            Assert.Empty(Directory.GetFiles(_folder)); // nothing came back to finish a file
            State.ClearFaults();
            Assert.NotEmpty(Run("$ids[0] | Save-SunoTrack -Path $dir -NoTag", Vars(("ids", ids), ("dir", _folder))).AssertClean().OutputOf<FileInfo>());
        }

        [Fact]
        public async Task Stop_ends_Send_SunoFile_while_the_upload_host_hangs()
        {
            Directory.CreateDirectory(_folder);
            var file = Path.Combine(_folder, "upload.mp3");
            File.WriteAllBytes(file, new byte[3 * 1024 * 1024]);
            State.AddFault(new FaultSpec { Target = "uploads", Kind = FaultKind.Delay, DelayMs = 30_000, Count = -1 });
            using var shell = Host.Prepare("Send-SunoFile -Path $file", Vars(("file", file)));

            shell.BeginInvoke();
            await Eventually.Until(() => State.Stats.UploadRequests >= 1, "the upload hangs in the emulator");
            await StopWithin(shell, TimeSpan.FromSeconds(5));

            Assert.Equal(new[] { file }, Directory.GetFiles(_folder)); // the source only: no temporary file beside it
            await Task.Delay(200);
            var before = State.Stats.UploadRequests;
            await Task.Delay(600);
            Assert.Equal(before, State.Stats.UploadRequests); // not sent again behind the user's back
            State.ClearFaults();
            Assert.Single(Run("Get-SunoCredit").AssertClean().OutputOf<long>()); // the runspace is free again
        }

        private static async Task StopWithin(PowerShell shell, TimeSpan bound)
        {
            var stop = Task.Run(shell.Stop);
            var finished = await Task.WhenAny(stop, Task.Delay(bound));
            Assert.True(finished == stop, $"Stop() did not return within {bound.TotalSeconds} s.");
            Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
        }

        public void Dispose()
        {
            try
            {
                if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
