using System;
using System.IO;
using System.Linq;
using SunoPS.Client.Uploads;
using SunoPS.Emulator;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Cmdlets
{
    /// <summary>Piped files upload several at a time in the background and come out in input order, one error per failed file.</summary>
    public sealed class SendSunoFileConcurrencyTests : CmdletTest
    {
        [Theory]
        [InlineData("")]
        [InlineData("-ThrottleLimit 1")]
        public void Many_small_files_come_out_in_input_order(string parameter)
        {
            var folder = Path.Combine(Path.GetTempPath(), "sunops-up-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var paths = Enumerable.Range(0, 20).Select(i =>
                {
                    var path = Path.Combine(folder, "clip-" + i.ToString("00") + ".mp3");
                    File.WriteAllBytes(path, new byte[1000 + 37 * i]);
                    return path;
                }).ToArray();
                // Early files answer late: output order must still be input order.
                State.AddFault(new FaultSpec { Target = "uploads", Kind = FaultKind.Delay, DelayMs = 200, Count = 3 });

                var uploaded = Run("$p | Send-SunoFile -UploadPath tests/many " + parameter, Vars(("p", paths))).AssertClean()
                    .OutputOf<SunoUploadedFile>().ToList();

                Assert.Equal(paths, uploaded.Select(u => u.Source));
                Assert.Equal(paths.Select(p => new FileInfo(p).Length), uploaded.Select(u => u.FileSize ?? -1));
                Assert.Equal(20, State.Stats.UploadRequests);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
