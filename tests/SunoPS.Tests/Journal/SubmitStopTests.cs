using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using SunoPS.Emulator;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Journal
{
    /// <summary>
    /// Ctrl+C while a submission hangs in the API, for every cmdlet that submits a paid task: Stop returns, the pipeline
    /// is Stopped, nothing keeps sending, and the next command works. The stopped submission is journaled as unknown.
    /// </summary>
    public sealed class SubmitStopTests : CmdletTest
    {
        private const string Audio = "'https://example.org/song.mp3'";

        /// <summary>A minimal valid invocation of each submitting cmdlet, and the endpoint it posts to.</summary>
        public static TheoryData<string, string> Submitters => new()
        {
            { "New-SunoMusic -Prompt 'A calm piano track'", "/api/v1/generate" },
            { "$track | ConvertTo-SunoWav", "/api/v1/wav/generate" },
            { "$track | New-SunoExtension", "/api/v1/generate/extend" },
            { "New-SunoCover -UploadUri " + Audio + " -Prompt 'an acoustic version'", "/api/v1/generate/upload-cover" },
            { "Add-SunoInstrumental -UploadUri " + Audio + " -Title t -Style s -NegativeTags n", "/api/v1/generate/add-instrumental" },
            { "Add-SunoVocal -UploadUri " + Audio + " -Prompt l -Title t -Style s -NegativeTags n", "/api/v1/generate/add-vocals" },
            { "New-SunoMashup -UploadUri " + Audio + ", 'https://example.org/other.mp3'", "/api/v1/generate/mashup" },
            { "New-SunoSound -Description 'Wind in the trees'", "/api/v1/generate/sounds" },
            { "$track | Edit-SunoTrack -SectionStart 1 -SectionEnd 8 -Lyrics l -FullLyrics f -Title t -Style s", "/api/v1/generate/replace-section" },
            { "New-SunoLyric -Prompt 'Night city'", "/api/v1/lyrics" },
            { "$track | Split-SunoTrack", "/api/v1/vocal-removal/generate" },
            { "New-SunoMidi -TaskId $task.TaskId", "/api/v1/midi/generate" },
            { "$track | New-SunoVideo", "/api/v1/mp4/generate" },
            { "$task | New-SunoCoverArt", "/api/v1/suno/cover/generate" },
            { "$task | Restore-SunoTrack", "/api/v1/suno/recovery" },
            { "New-SunoVoiceValidation -UploadUri " + Audio + " -VocalStart 5 -VocalEnd 35", "/api/v1/voice/validate" },
            { "Reset-SunoVoiceValidation -TaskId $task.TaskId", "/api/v1/voice/regenerate" },
            { "New-SunoVoice -TaskId $task.TaskId -UploadUri " + Audio + " -Name 'My voice'", "/api/v1/voice/generate" },
        };

        [Theory]
        [MemberData(nameof(Submitters))]
        public async Task Stop_during_a_submission_ends_the_command_and_the_next_one_works(string command, string path)
        {
            var task = Run("Get-SunoTask -TaskId $id", Vars(("id", State.SeedTasks(1).Single()))).AssertClean().OutputOf<SunoTask>().Single();
            var before = JournalLines().Length;
            State.AddFault(new FaultSpec { Kind = FaultKind.Delay, DelayMs = 30_000, Count = -1, PathPrefix = path });
            using var shell = Host.Prepare(command, Vars(("task", task), ("track", task.Tracks[0])));

            shell.BeginInvoke();
            await Eventually.Until(() => State.Stats.RequestsByPath.GetValueOrDefault(path) >= 1, "the submission hangs in the emulator");
            var stop = Task.Run(shell.Stop);
            Assert.Same(stop, await Task.WhenAny(stop, Task.Delay(TimeSpan.FromSeconds(30)))); // a bound for a hung test, not a timing

            Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
            Assert.Empty(shell.Streams.Error);
            await Task.Delay(300);
            Assert.Equal(1, State.Stats.RequestsByPath.GetValueOrDefault(path)); // a stopped submission is not sent again
            Assert.Contains(JournalLines().Skip(before), line => line.Contains("\"unknown\"") && line.Contains(path.TrimStart('/') + "\""));
            State.ClearFaults();
            Assert.Single(Run("Get-SunoCredit").AssertClean().OutputOf<long>()); // the runspace is free again
        }

        [Fact]
        public async Task Tasks_accepted_before_a_stop_during_the_wait_are_in_the_journal()
        {
            State.AddFault(new FaultSpec { Kind = FaultKind.Delay, DelayMs = 30_000, Count = -1, PathPrefix = "/api/v1/generate/record-info" });
            using var shell = Host.Prepare("'one', 'two' | New-SunoMusic -Wait -PollIntervalSec 0.05");

            shell.BeginInvoke();
            await Eventually.Until(() => State.Stats.RequestsByPath.GetValueOrDefault("/api/v1/generate/record-info") >= 2, "both tasks are being read");
            var stop = Task.Run(shell.Stop);
            Assert.Same(stop, await Task.WhenAny(stop, Task.Delay(TimeSpan.FromSeconds(30))));

            Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
            Assert.Equal(2, State.TaskCount);
            // Each was announced as it was accepted, before the wait began: "Submitted task <id> (Music, credits not documented)"
            var announced = shell.Streams.Information.Where(i => i.Tags.Contains("Submitted") && i.Tags.Contains("SunoPS"))
                .Select(i => i.MessageData.ToString()!.Split(' ')[2]).ToList();
            Assert.Equal(2, announced.Count);
            var journal = string.Join("\n", JournalLines());
            foreach (var id in announced) Assert.Contains("\"taskId\":\"" + id + "\"", journal);
        }

        private static string[] JournalLines()
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    return System.IO.File.Exists(HostedRunspace.JournalPath) ? System.IO.File.ReadAllLines(HostedRunspace.JournalPath) : new string[0];
                }
                catch (System.IO.IOException) when (attempt < 50)
                {
                    System.Threading.Thread.Sleep(20); // another test appending
                }
            }
        }
    }
}
