using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SunoPS.Emulator;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Cmdlets
{
    /// <summary>Get-SunoTask reads piped ids in the background, -ThrottleLimit at a time, in input order, and writes them in input order.</summary>
    public sealed class GetSunoTaskTests : CmdletTest
    {
        private readonly StringWriter _requests = new StringWriter();

        protected override void Configure(EmulatorOptions options) => options.RequestLog = _requests;

        [Fact]
        public void Reads_the_tasks_in_input_order()
        {
            // Output is in input order, so a read started out of turn only holds the output back:
            // '$ids | Get-SunoTask | Select-Object -First 1' could read every id before writing the first.
            var ids = State.SeedTasks(60).ToArray();

            Run("$ids | Get-SunoTask -ThrottleLimit 1", Vars(("ids", ids))).AssertClean();

            var read = Regex.Matches(_requests.ToString(), @"record-info\?taskId=(\S+)").Select(m => m.Groups[1].Value);
            Assert.Equal(ids, read);
        }

        [Theory]
        [InlineData(FaultKind.InvalidUnicode, 5)]
        [InlineData(FaultKind.Malformed, 5)]
        [InlineData(FaultKind.Oversized, 1)] // too large is not retried: one answer ends the read
        public void One_unreadable_record_is_its_own_error_and_the_batch_goes_on(FaultKind kind, int answers)
        {
            var ids = State.SeedTasks(3).ToArray();
            // Enough to outlast every attempt at the first id (read alone, -ThrottleLimit 1; 4 retries), and no more.
            State.AddFault(new FaultSpec { Kind = kind, Bytes = 8 << 20, Count = answers, PathPrefix = "/api/v1/generate/record-info" });

            var run = Run("$ids | Get-SunoTask -ThrottleLimit 1", Vars(("ids", ids)));

            Assert.Null(run.Terminating);
            var error = Assert.Single(run.Errors);
            Assert.StartsWith("SunoServerError,", error.FullyQualifiedErrorId);
            Assert.Equal(ids[0], error.TargetObject);
            Assert.Equal(ids.Skip(1), run.OutputOf<SunoTask>().Select(t => t.TaskId));
        }

        [Theory]
        [InlineData("-ThrottleLimit 1", 1)]
        [InlineData("-ThrottleLimit 3", 3)]
        [InlineData("", 8)]
        public async Task Reads_at_most_ThrottleLimit_tasks_at_once(string parameter, int limit)
        {
            // Every read hangs, so no slot is ever given back: what reaches the emulator is what may run at once.
            var ids = State.SeedTasks(12).ToArray();
            State.AddFault(new FaultSpec { Kind = FaultKind.Delay, DelayMs = 30_000, Count = -1, PathPrefix = "/api/v1/generate/record-info" });
            using var shell = Host.Prepare("$ids | Get-SunoTask " + parameter, Vars(("ids", ids)));

            shell.BeginInvoke();
            await Eventually.Until(() => State.Stats.ApiRequests >= limit, limit + " reads are in flight");
            await Task.Delay(300);

            Assert.Equal(limit, State.Stats.ApiRequests);
            shell.Stop();
        }

        [Fact]
        public void Writes_each_task_as_soon_as_it_and_those_before_it_are_read()
        {
            // The first read is slow; the rest are fast but wait behind it, so the output keeps the input order.
            var ids = State.SeedTasks(4).ToArray();
            State.AddFault(new FaultSpec { Kind = FaultKind.Delay, DelayMs = 300, Count = 1, PathPrefix = "/api/v1/generate/record-info" });

            var run = Run("$ids | Get-SunoTask | ForEach-Object { $_.TaskId }", Vars(("ids", ids))).AssertClean();

            Assert.Equal(ids, run.OutputOf<string>());
        }
    }
}
