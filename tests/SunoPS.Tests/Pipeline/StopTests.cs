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
    /// <summary>
    /// Ctrl+C (PowerShell.Stop) and a downstream Select-Object -First end a command at once, even while its reads
    /// hang on a slow API, and leave nothing reading in the background.
    /// </summary>
    public sealed class StopTests : CmdletTest
    {
        private const string RecordInfo = "/api/v1/generate/record-info";

        [Fact]
        public async Task Stop_ends_Wait_SunoTask_while_its_reads_hang()
        {
            var ids = State.SeedTasks(5, status: "PENDING").ToArray();
            State.AddFault(new FaultSpec { Kind = FaultKind.Delay, DelayMs = 30_000, Count = -1, PathPrefix = RecordInfo });
            using var shell = Host.Prepare("$ids | Wait-SunoTask -PollIntervalSec 0.05", Vars(("ids", ids)));

            shell.BeginInvoke();
            await Eventually.Until(() => State.Stats.ApiRequests >= 3, "reads hang in the emulator");
            await StopWithin(shell, TimeSpan.FromSeconds(5));

            Assert.Empty(shell.Streams.Error);
            await AssertNoMoreRequests(TimeSpan.FromMilliseconds(600));
            State.ClearFaults();
            Assert.Single(Run("Get-SunoCredit").AssertClean().OutputOf<long>()); // the runspace is free again
        }

        [Fact]
        public async Task Stop_ends_Get_SunoTask_of_many_ids_against_a_slow_API()
        {
            var ids = State.SeedTasks(100).ToArray();
            State.AddFault(new FaultSpec { Kind = FaultKind.Delay, DelayMs = 1000, Count = -1, PathPrefix = RecordInfo });
            using var shell = Host.Prepare("$ids | Get-SunoTask", Vars(("ids", ids)));

            shell.BeginInvoke();
            await Eventually.Until(() => State.Stats.ApiRequests >= 8, "the first reads hang in the emulator");
            await StopWithin(shell, TimeSpan.FromSeconds(5));

            Assert.Empty(shell.Streams.Error);
            // A read left running would finish its 1 s delay and let a queued one start.
            await AssertNoMoreRequests(TimeSpan.FromMilliseconds(1500));
            Assert.True(State.Stats.ApiRequests < 20, State.Stats.ApiRequests + " reads were sent.");
        }

        [Fact]
        public async Task Select_Object_First_ends_Get_SunoTask_and_its_background_reads()
        {
            var ids = State.SeedTasks(40).ToArray();
            State.AddFault(new FaultSpec { Kind = FaultKind.Delay, DelayMs = 400, Count = -1, PathPrefix = RecordInfo });

            var run = Run("$ids | Get-SunoTask -ThrottleLimit 4 | Select-Object -First 1", Vars(("ids", ids))).AssertClean();

            Assert.Equal(ids[0], run.OutputOf<SunoTask>().Single().TaskId);
            await AssertNoMoreRequests(TimeSpan.FromMilliseconds(1000));
            Assert.True(State.Stats.ApiRequests <= 12, State.Stats.ApiRequests + " reads were sent for one task.");
        }

        [Fact]
        public async Task Stop_ends_New_SunoMusic_Wait()
        {
            using var shell = Host.Prepare("'one', 'two' | New-SunoMusic -Wait -PollIntervalSec 0.05");
            State.AddFault(new FaultSpec { Kind = FaultKind.Delay, DelayMs = 30_000, Count = -1, PathPrefix = RecordInfo });

            shell.BeginInvoke();
            await Eventually.Until(() => State.Stats.RequestsByPath.GetValueOrDefault(RecordInfo) >= 2, "both tasks are being read");
            await StopWithin(shell, TimeSpan.FromSeconds(5));

            Assert.Empty(shell.Streams.Error);
            Assert.Equal(2, State.Stats.GenerateAccepted);
            await AssertNoMoreRequests(TimeSpan.FromMilliseconds(600));
        }

        [Theory]
        [InlineData("Get-SunoCredit", "/api/v1/generate/credit")]
        [InlineData("New-SunoMusic -Prompt 'A calm piano track'", "/api/v1/generate")]
        public async Task Stop_ends_a_single_request_that_hangs(string command, string path)
        {
            State.AddFault(new FaultSpec { Kind = FaultKind.Delay, DelayMs = 30_000, Count = -1, PathPrefix = path });
            using var shell = Host.Prepare(command);

            shell.BeginInvoke();
            await Eventually.Until(() => State.Stats.ApiRequests >= 1, "the request hangs in the emulator");
            await StopWithin(shell, TimeSpan.FromSeconds(5));

            Assert.Empty(shell.Streams.Error);
            await AssertNoMoreRequests(TimeSpan.FromMilliseconds(300)); // a stopped submission is not sent again
        }

        [Fact]
        public async Task A_failure_made_terminating_by_ErrorAction_Stop_ends_the_other_reads()
        {
            var ids = State.SeedTasks(40).ToArray();
            State.AddFault(new FaultSpec { Kind = FaultKind.Delay, DelayMs = 400, Count = -1, PathPrefix = RecordInfo });

            var run = Run("'no-such-task', $ids | Get-SunoTask -ThrottleLimit 4 -ErrorAction Stop", Vars(("ids", ids)));

            Assert.Empty(run.Output);
            Assert.StartsWith("SunoTaskNotFound,", Assert.Single(run.AllErrors).FullyQualifiedErrorId);
            await AssertNoMoreRequests(TimeSpan.FromMilliseconds(1000));
            Assert.True(State.Stats.ApiRequests <= 12, State.Stats.ApiRequests + " reads were sent.");
        }

        private static async Task StopWithin(PowerShell shell, TimeSpan bound)
        {
            var stop = Task.Run(shell.Stop);
            var finished = await Task.WhenAny(stop, Task.Delay(bound));
            Assert.True(finished == stop, $"Stop() did not return within {bound.TotalSeconds} s.");
            Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
        }

        /// <summary>
        /// No request reaches the emulator during <paramref name="watch"/>. Counting starts after a short settle:
        /// a request sent just before the stop may reach the emulator a moment after the command returned.
        /// </summary>
        private async Task AssertNoMoreRequests(TimeSpan watch)
        {
            await Task.Delay(200);
            var before = State.Stats.ApiRequests;
            await Task.Delay(watch);
            Assert.Equal(before, State.Stats.ApiRequests);
        }
    }
}
