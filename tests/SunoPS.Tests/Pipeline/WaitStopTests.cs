using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using SunoPS.Emulator;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Pipeline
{
    /// <summary>A stopped wait says which tasks keep running and how to resume; a CALLBACK_EXCEPTION task comes out of a wait.</summary>
    public sealed class WaitStopTests : CmdletTest
    {
        private const string RecordInfo = "/api/v1/generate/record-info";

        [Theory]
        [InlineData("$ids | Wait-SunoTask -PollIntervalSec 0.05")]
        [InlineData("Wait-SunoTask -TaskId $ids -PollIntervalSec 0.05")]
        public async Task A_stopped_wait_warns_which_tasks_keep_running_and_how_to_resume(string script)
        {
            var ids = State.SeedTasks(2, status: "PENDING").ToArray();
            State.AddFault(new FaultSpec { Kind = FaultKind.Delay, DelayMs = 30_000, Count = -1, PathPrefix = RecordInfo });
            using var shell = Host.Prepare(script, Vars(("ids", ids)));

            shell.BeginInvoke();
            await Eventually.Until(() => State.Stats.ApiRequests >= 2, "reads hang in the emulator");
            var stop = Task.Run(shell.Stop);
            Assert.Same(stop, await Task.WhenAny(stop, Task.Delay(TimeSpan.FromSeconds(5))));

            var warning = Assert.Single(shell.Streams.Warning).Message;
            Assert.Contains("Wait-SunoTask -TaskId " + ids[0] + "," + ids[1], warning);
            Assert.Contains("Get-SunoTask -Recent", warning);
            State.ClearFaults();
            Assert.Single(Run("Get-SunoCredit").AssertClean().OutputOf<long>()); // the next command works
        }

        [Fact]
        public async Task A_stopped_New_SunoMusic_Wait_names_its_tasks()
        {
            State.AddFault(new FaultSpec { Kind = FaultKind.Delay, DelayMs = 30_000, Count = -1, PathPrefix = RecordInfo });
            using var shell = Host.Prepare("'one', 'two' | New-SunoMusic -Wait -PollIntervalSec 0.05");

            shell.BeginInvoke();
            await Eventually.Until(() => State.Stats.RequestsByPath.GetValueOrDefault(RecordInfo) >= 2, "both tasks are being read");
            var stop = Task.Run(shell.Stop);
            Assert.Same(stop, await Task.WhenAny(stop, Task.Delay(TimeSpan.FromSeconds(5))));

            var warning = Assert.Single(shell.Streams.Warning).Message;
            Assert.Contains("2 task(s) keep running", warning);
            Assert.Contains("Wait-SunoTask -TaskId ", warning);
        }

        [Fact]
        public void A_CALLBACK_EXCEPTION_task_comes_out_of_the_wait_with_a_warning()
        {
            var run = Run("New-SunoMusic -Prompt 'A song [callback-fail]' -CallbackUri https://hooks.example/cb | Wait-SunoTask -PollIntervalSec 0.05");

            Assert.Empty(run.AllErrors);
            var task = Assert.Single(run.OutputOf<SunoTask>());
            Assert.Equal("CALLBACK_EXCEPTION", task.Status);
            Assert.NotEmpty(task.Tracks);
            Assert.Contains(run.Warning, w => w.Message.Contains("Only the callback failed", StringComparison.Ordinal));
        }
    }
}
