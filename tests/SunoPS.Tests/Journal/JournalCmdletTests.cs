using System;
using System.Linq;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Journal
{
    /// <summary>What a user sees of the journal: the Information record, -IdempotencyKey, Get-SunoTask -Recent.</summary>
    public sealed class JournalCmdletTests : CmdletTest
    {
        private long Posts(string path = "/api/v1/generate") => State.Stats.RequestsByPath.TryGetValue(path, out var n) ? n : 0;

        [Fact]
        public void An_accepted_submission_writes_an_Information_record_naming_the_task_and_family()
        {
            var run = Run("New-SunoLyric -Prompt 'Night city'").AssertClean();

            var task = run.OutputOf<SunoTask>().Single();
            var info = Assert.Single(run.Information, i => i.Tags.Contains("Submitted"));
            Assert.Contains("SunoPS", info.Tags);
            Assert.Equal("Submitted task " + task.TaskId + " (Lyrics, credits not documented)", info.MessageData.ToString());
        }

        [Fact]
        public void A_separation_s_record_carries_its_documented_cost()
        {
            var run = Run(@"$done = New-SunoMusic -Prompt 'x' -Wait -PollIntervalSec 0.05
                Split-SunoTrack -TaskId $done.TaskId -AudioId $done.Tracks[0].Id -Mode SplitStem -InformationVariable iv | Out-Null
                $iv | Where-Object { $_.Tags -contains 'Submitted' } | Select-Object -Last 1").AssertClean();

            var submitted = (SunoSubmittedTask)((System.Management.Automation.InformationRecord)run.Output.Single().BaseObject).MessageData;
            Assert.Equal((SunoTaskFamily.Separation, (int?)50), (submitted.Family, submitted.Credits));
            Assert.EndsWith("(Separation, 50 credits)", submitted.ToString());
        }

        [Fact]
        public void The_same_idempotency_key_twice_pays_once_and_says_so()
        {
            var key = "xunit-" + Guid.NewGuid().ToString("N");
            var first = Run("New-SunoMusic -Prompt 'A calm piano track' -IdempotencyKey $k", Vars(("k", key))).AssertClean().OutputOf<SunoTask>().Single();
            var again = Run("New-SunoMusic -Prompt 'A calm piano track' -IdempotencyKey $k -Verbose", Vars(("k", key))).AssertClean();

            Assert.Equal(first.TaskId, again.OutputOf<SunoTask>().Single().TaskId);
            Assert.Equal(1, Posts());
            Assert.Contains(again.Verbose, v => v.Message.Contains("already submitted") && v.Message.Contains(first.TaskId));
            Assert.DoesNotContain(again.Information, i => i.Tags.Contains("Submitted"));
        }

        [Fact]
        public void The_same_idempotency_key_with_another_request_is_SunoInvalidRequest_naming_the_earlier_task()
        {
            var key = "xunit-" + Guid.NewGuid().ToString("N");
            var first = Run("New-SunoMusic -Prompt 'one' -IdempotencyKey $k", Vars(("k", key))).AssertClean().OutputOf<SunoTask>().Single();

            var run = Run("New-SunoMusic -Prompt 'two' -IdempotencyKey $k", Vars(("k", key)));

            var error = Assert.Single(run.AllErrors);
            Assert.StartsWith("SunoInvalidRequest,", error.FullyQualifiedErrorId);
            Assert.Contains(first.TaskId, error.ToString());
            Assert.Equal(1, Posts());
        }

        [Fact]
        public void Recent_returns_the_journaled_tasks_of_this_API_live_in_journal_order()
        {
            var run = Run(@"
                $since = (Get-Date).AddSeconds(-1)
                $a = New-SunoMusic -Prompt 'first'
                $b = New-SunoLyric -Prompt 'second'
                $a.TaskId; $b.TaskId
                '---'
                Get-SunoTask -Recent -Since $since | ForEach-Object { '{0} {1} {2}' -f $_.TaskId, $_.Family, ($null -ne $_.RetrievedAt) }
                '---'
                Get-SunoTask -Recent -Since $since -Family Lyrics | ForEach-Object TaskId").AssertClean();

            var lines = run.Output.Select(o => o.ToString()).ToList();
            var (a, b) = (lines[0], lines[1]);
            var recent = lines.Skip(3).TakeWhile(l => l != "---").ToList();
            Assert.Equal(new[] { a + " Music True", b + " Lyrics True" }, recent);
            Assert.Equal(new[] { b }, lines.SkipWhile(l => l != "---").Skip(1).SkipWhile(l => l != "---").Skip(1));
            // Read live: each listed task was read from the API.
            Assert.True(Posts("/api/v1/generate/record-info") >= 1);
        }

        [Fact]
        public void Recent_leaves_out_tasks_older_than_Since()
        {
            var run = Run("New-SunoMusic -Prompt 'old' | Out-Null; Get-SunoTask -Recent -Since (Get-Date).AddMinutes(5)").AssertClean();

            Assert.Empty(run.Output);
        }
    }
}
