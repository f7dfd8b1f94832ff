using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using SunoPS.Emulator;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Streams
{
    /// <summary>
    /// The key (the right one, or a wrong one the API rejected) is in no output object, no stream and no part of
    /// any error record: not its message, details, target, nor any exception in its chain.
    /// </summary>
    public sealed class KeyNeverShownTests : CmdletTest, IDisposable
    {
        private const string WrongKey = "sk-wrong-Rf3Ka9Qd2Lm7Xc5B";
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "SunoPS.Tests-" + Guid.NewGuid().ToString("N"));

        protected override void Configure(EmulatorOptions options)
        {
            options.TextStageSeconds = 6;
            options.FirstStageSeconds = 18;
            options.CompleteStageSeconds = 45;
            options.DefaultTrackSeconds = 2;
        }

        public void Dispose()
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }

        [Fact]
        public void Is_nowhere_in_what_any_cmdlet_writes_to_any_stream()
        {
            var seeded = State.SeedTasks(2).ToArray();
            State.AddFault(new FaultSpec { Kind = FaultKind.BodyCode, Code = 455, Count = 1, PathPrefix = "/api/v1/generate/credit" });
            State.AddFault(new FaultSpec { Kind = FaultKind.Reset, Count = 1, PathPrefix = "/api/v1/generate/record-info" });
            State.AddFault(new FaultSpec { Kind = FaultKind.Html, Count = 1, PathPrefix = "/api/v1/generate/record-info" });
            State.AddFault(new FaultSpec { Kind = FaultKind.Truncate, Bytes = 100, Count = 1, Target = "files" });

            var run = Run(@"
                $ErrorActionPreference = 'Continue'
                Set-SunoApiKey -ApiKey $key -BaseUri $uri -RetryIntervalSec 0.02 -Verbose -Debug -PassThru
                Get-SunoApiKey -Verbose
                Get-SunoCredit -Verbose -Debug
                $seeded | Get-SunoTask -Verbose -Debug
                $task = New-SunoMusic -Prompt 'A calm piano track' -Verbose -Debug
                $task
                $done = $task | Wait-SunoTask -PollIntervalSec 0.05 -Verbose -Debug
                $done
                $done | Save-SunoTrack -Path $folder -IncludeCover -IncludeMetadata -Verbose -Debug
                'no-such-task' | Get-SunoTask -Verbose -Debug
                New-SunoMusic -Style Jazz -Verbose -Debug
                'A song [fail]' | New-SunoMusic -Wait -PollIntervalSec 0.05 -Verbose -Debug
                Set-SunoApiKey -ApiKey $wrongKey
                Get-SunoTask $seeded[0] -Verbose -Debug
                Remove-SunoApiKey
                Get-SunoCredit -Verbose -Debug",
                Vars(("key", Key), ("wrongKey", WrongKey), ("uri", Emulator.ApiUri), ("seeded", seeded), ("folder", _folder)));

            var texts = Everything(run).ToList();
            // Everything was really captured: requests, retries, downloads and each kind of failure.
            Assert.Contains(texts, t => t.Text.Contains("generate/record-info"));
            Assert.Contains(texts, t => t.Text.Contains("Retrying"));
            Assert.Equal(2, Directory.GetFiles(_folder, "*.mp3").Length);
            Assert.Equal(new[] { "SunoApiKeyMissing", "SunoAuthenticationFailed", "SunoInvalidRequest", "SunoTaskFailed", "SunoTaskNotFound" },
                run.AllErrors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]).Distinct().OrderBy(id => id, StringComparer.Ordinal));
            foreach (var (where, text) in texts)
            {
                Secrets.AssertAbsent(Key, text, where);
                Secrets.AssertAbsent(WrongKey, text, where);
            }
        }

        private static IEnumerable<(string Where, string Text)> Everything(ScriptRun run)
        {
            for (var i = 0; i < run.Output.Count; i++)
            {
                foreach (var text in Secrets.TextsOf(run.Output[i], "output[" + i + "]")) yield return text;
            }

            foreach (var record in run.AllErrors)
            {
                var where = "error " + record.FullyQualifiedErrorId;
                yield return (where, record.ToString());
                yield return (where + " details", record.ErrorDetails?.Message + " " + record.ErrorDetails?.RecommendedAction);
                yield return (where + " category", record.CategoryInfo.ToString());
                foreach (var text in Secrets.TextsOf(record.TargetObject, where + " target")) yield return text;
                for (var e = record.Exception; e != null; e = e.InnerException)
                {
                    yield return (where + " " + e.GetType().Name, e.ToString());
                    foreach (System.Collections.DictionaryEntry entry in e.Data) yield return (where + " data", entry.Key + "=" + entry.Value);
                }
            }

            foreach (var v in run.Verbose) yield return ("verbose", v.Message);
            foreach (var d in run.Debug) yield return ("debug", d.Message);
            foreach (var w in run.Warning) yield return ("warning", w.Message);
            foreach (var info in run.Information) yield return ("information", info.MessageData?.ToString() ?? "");
            foreach (var p in run.Progress) yield return ("progress", p.Activity + " | " + p.StatusDescription + " | " + p.CurrentOperation);
        }
    }
}
