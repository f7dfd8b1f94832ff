using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using SunoPS.Emulator;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Streams
{
    /// <summary>
    /// What background work reports reaches the verbose and progress streams (written from the pipeline thread,
    /// or PowerShell would refuse it), only when asked for, and never mixed into the output.
    /// </summary>
    public sealed class StreamTests : CmdletTest
    {
        protected override void Configure(EmulatorOptions options)
        {
            // A generation takes 0.1 / 0.3 / 0.75 s of real time.
            options.TextStageSeconds = 6;
            options.FirstStageSeconds = 18;
            options.CompleteStageSeconds = 45;
        }

        [Fact]
        public void Reads_done_in_the_background_show_on_the_verbose_stream()
        {
            var ids = State.SeedTasks(10).ToArray();

            var run = Run("$ids | Get-SunoTask -Verbose", Vars(("ids", ids))).AssertClean();

            Assert.Equal(ids, run.OutputOf<SunoTask>().Select(t => t.TaskId));
            Assert.Equal(10, run.Output.Count); // no messages in the output
            Assert.Equal(10, run.Verbose.Count);
            Assert.All(run.Verbose, v => Assert.Matches(@"^GET .*generate/record-info\?taskId=\w+ -> HTTP 200, code 200 in \d+ ms$", v.Message));
            Assert.Empty(run.Information);
            Assert.Empty(run.Warning);
            Assert.Empty(run.Debug);
        }

        [Fact]
        public void Verbose_follows_the_switch_and_the_preference_variable()
        {
            var id = State.SeedTasks(1)[0];

            var quiet = Run("Get-SunoTask $id", Vars(("id", id))).AssertClean();
            var preferred = Run("$VerbosePreference = 'Continue'; Get-SunoTask $id", Vars(("id", id))).AssertClean();
            var silenced = Run("$VerbosePreference = 'Continue'; Get-SunoTask $id -Verbose:$false", Vars(("id", id))).AssertClean();

            Assert.Empty(quiet.Verbose);
            Assert.Single(preferred.Verbose);
            Assert.Empty(silenced.Verbose);
        }

        [Fact]
        public void Debug_shows_request_and_answer_bodies_with_the_key_masked_and_never_prompts()
        {
            var run = Run("New-SunoMusic -Prompt 'A debug tune' -Debug; Get-SunoCredit -Debug").AssertClean();

            var debug = run.Debug.Select(d => d.Message).ToList();
            Assert.Contains(debug, m => m.StartsWith("POST ", System.StringComparison.Ordinal) && m.Contains("/api/v1/generate") &&
                                        m.Contains("Bearer ****" + Key[^4..]) && m.Contains("\"prompt\":\"A debug tune\""));
            Assert.Contains(debug, m => m.StartsWith("POST /api/v1/generate answered HTTP 200, body: {", System.StringComparison.Ordinal) && m.Contains("taskId"));
            Assert.Contains(debug, m => m.StartsWith("GET /api/v1/generate/credit answered HTTP 200, body: {", System.StringComparison.Ordinal));
            Assert.DoesNotContain(debug, m => m.Contains(Key));
            Assert.Empty(Run("Get-SunoCredit").AssertClean().Debug); // nothing without -Debug
        }

        [Fact]
        public void New_SunoMusic_Wait_reports_submission_and_status_changes_as_verbose_and_waiting_as_progress()
        {
            var run = Run("'one', 'two' | New-SunoMusic -Wait -PollIntervalSec 0.05 -Verbose").AssertClean();

            var tasks = run.OutputOf<SunoTask>().ToList();
            Assert.Equal(2, tasks.Count);
            Assert.Equal(run.Output.Count, tasks.Count);
            Assert.All(tasks, t => Assert.Equal("SUCCESS", t.Status));
            var verbose = run.Verbose.Select(v => v.Message).ToList();
            foreach (var task in tasks)
            {
                Assert.Contains("Submitted task " + task.TaskId + ".", verbose);
                // The first word of a task's status is "(new) -> X", unless the very first read found it finished already.
                var first = verbose.First(m => m.StartsWith("Task " + task.TaskId, System.StringComparison.Ordinal));
                Assert.Matches("^Task " + task.TaskId + @"(: \(new\) -> [A-Z_]+| reached SUCCESS)\.$", first);
                Assert.Contains("Task " + task.TaskId + " reached SUCCESS.", verbose);
            }

            var progress = run.Progress.Where(p => p.Activity == "Waiting for Suno tasks").ToList();
            Assert.NotEmpty(progress);
            Assert.Single(progress.Select(p => p.ActivityId).Distinct());
            Assert.Equal(ProgressRecordType.Completed, progress[^1].RecordType);
            Assert.All(progress.Take(progress.Count - 1), p =>
            {
                Assert.Equal(ProgressRecordType.Processing, p.RecordType);
                Assert.InRange(p.PercentComplete, 0, 100);
                Assert.Matches(@"^\d of [12] done", p.StatusDescription);
            });
        }
    }
}
