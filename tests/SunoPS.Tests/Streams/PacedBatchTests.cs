using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using SunoPS.Emulator;
using SunoPS.Tests.Reliability;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Streams
{
    /// <summary>
    /// A batch held back by the API's submission limit says so while it waits (a progress notice and one verbose
    /// line), instead of looking stuck. The window is compressed process-wide, so it runs with the fault matrix.
    /// </summary>
    [Collection(FaultMatrixCollection.Name)]
    public sealed class PacedBatchTests : IAsyncLifetime
    {
        private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(400);
        private SunoEmulator _emulator = null!;
        private HostedRunspace _host = null!;

        public async Task InitializeAsync()
        {
            _emulator = await SunoEmulator.StartAsync(new EmulatorOptions
                { ApiKey = CmdletTest.Key, ClockSpeed = 60, GenerateLimit = 20, GenerateWindowSeconds = Window.TotalSeconds });
            SunoPS.Session.SunoSession.SubmitWindowForTests = Window;
            _host = HostedRunspace.Open();
            CmdletTest.UseKey(_host, CmdletTest.Key, _emulator.ApiUri);
        }

        public async Task DisposeAsync()
        {
            SunoPS.Session.SunoSession.SubmitWindowForTests = null;
            _host.Dispose();
            await _emulator.DisposeAsync();
        }

        [Fact]
        public void A_paced_batch_shows_a_notice_while_it_waits_and_closes_it()
        {
            var run = _host.Run("1..25 | ForEach-Object { \"song $_\" } | New-SunoMusic -Verbose").AssertClean();

            Assert.Equal(25, run.OutputOf<SunoTask>().Count());
            var notices = run.Progress.Where(p => p.Activity == "Pacing Suno submissions").ToList();
            Assert.Contains(notices, p => p.RecordType == ProgressRecordType.Processing && p.StatusDescription.StartsWith("The API takes 20 submissions per 10 s"));
            Assert.Equal(ProgressRecordType.Completed, notices[^1].RecordType);
            Assert.Single(run.Verbose, v => v.Message.Contains("paced, so that none is rejected"));
            Assert.Equal(0, _emulator.State.Stats.GenerateRejected);
        }
    }
}
