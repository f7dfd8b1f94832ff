using System;
using System.IO;
using System.Linq;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Journal
{
    /// <summary>A journal that cannot be written never loses the task: it is returned, and a warning names it.</summary>
    [Collection(ProcessEnvironment.Name)]
    public sealed class JournalFailureTests : CmdletTest
    {
        [Fact]
        public void An_unwritable_journal_still_returns_the_task_with_a_warning_naming_it()
        {
            var folder = Path.Combine(Path.GetTempPath(), "SunoPS-unwritable-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder); // a folder where the journal file should be
            var saved = Environment.GetEnvironmentVariable("SUNO_JOURNAL_PATH");
            try
            {
                Environment.SetEnvironmentVariable("SUNO_JOURNAL_PATH", folder);

                var run = Run("New-SunoMusic -Prompt 'A calm piano track'");

                Assert.Empty(run.AllErrors);
                var task = run.OutputOf<SunoTask>().Single();
                var warning = Assert.Single(run.Warning);
                Assert.Contains(task.TaskId, warning.Message);
                Assert.Contains("journal", warning.Message);
                Assert.Equal(1, State.TaskCount);
            }
            finally
            {
                Environment.SetEnvironmentVariable("SUNO_JOURNAL_PATH", saved);
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
