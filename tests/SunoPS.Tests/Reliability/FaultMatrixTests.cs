using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using SunoPS.Emulator;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Reliability
{
    /// <summary>
    /// One emulator and one runspace for the whole matrix, with the tasks, files and uploads its rows name made once
    /// and fast retries (one retry, 10 ms apart) so each cell costs a fraction of a second.
    /// </summary>
    public sealed class FaultMatrixFixture : IAsyncLifetime
    {
        private static readonly TimeSpan SubmitWindow = TimeSpan.FromMilliseconds(50);
        private SunoEmulator? _emulator;

        public SunoEmulator Emulator => _emulator!;
        public HostedRunspace Host { get; private set; } = null!;
        public string Folder { get; } = Path.Combine(Path.GetTempPath(), "suno-matrix-" + Guid.NewGuid().ToString("N"));
        public Dictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();

        public async Task InitializeAsync()
        {
            _emulator = await SunoEmulator.StartAsync(new EmulatorOptions
            {
                ApiKey = CmdletTest.Key, ClockSpeed = 600, GenerateLimit = 20, GenerateWindowSeconds = SubmitWindow.TotalSeconds,
                InitialCredits = 1_000_000, DefaultTrackSeconds = 40,
            });
            // Some 400 paid cells: at 20 per 10 s they would take minutes; 20 per 50 ms on both sides keeps the pacing real.
            SunoPS.Session.SunoSession.SubmitWindowForTests = SubmitWindow;
            Directory.CreateDirectory(Folder);
            Host = HostedRunspace.Open();
            UseSession(requestTimeoutSec: 10);

            var done = Emulator.State.SeedTasks(1, "SUCCESS")[0];
            var setup = Host.Run(@"
                # A fresh finished track for the rows the API answers only once per track (WAV, persona: 409 on a repeat).
                function global:New-MatrixTrack {
                    $made = Invoke-RestMethod -Method Post -Uri ($api.AbsoluteUri + '_emulator/tasks') -ContentType 'application/json' -Body '{""count"":1,""status"":""SUCCESS""}'
                    Get-SunoTask -TaskId $made.taskIds[0]
                }
                $doneTask = Get-SunoTask -TaskId $done
                $audio = $doneTask.Tracks[0].Id
                $mp3 = ($doneTask | Save-SunoTrack -Path $folder -NoTag).FullName | Select-Object -First 1
                $url = (Send-SunoFile -Path $mp3).DownloadUrl
                $split = (Split-SunoTrack -TaskId $done -AudioId $audio -Mode SplitStem -Wait -PollIntervalSec 0.1).TaskId
                $validation = (New-SunoVoiceValidation -UploadUri $url -VocalStart 5 -VocalEnd 35 -Wait -PollIntervalSec 0.1).TaskId
                $voice = (New-SunoVoice -TaskId $validation -UploadUri $url -Wait -PollIntervalSec 0.1).TaskId
                [pscustomobject]@{ doneTask = $doneTask; audio = $audio; mp3 = $mp3; url = $url; split = $split; validation = $validation; voice = $voice }",
                new Dictionary<string, object?> { ["done"] = done, ["folder"] = Folder, ["api"] = Emulator.ApiUri }).AssertClean();
            var made = setup.Output.Single();
            Variables["done"] = done;
            Variables["pending"] = Emulator.State.SeedTasks(1, "PENDING")[0];
            foreach (var p in made.Properties) Variables[p.Name] = p.Value;
        }

        /// <summary>The session the cells run in: one retry 10 ms apart; for the no-answer column a 1 s request time-out and no retry.</summary>
        public void UseSession(double requestTimeoutSec, int retries = 1) =>
            // Removing the key first drops the session's client, so no cell inherits another's read pacing.
            Host.Run("Remove-SunoApiKey -Confirm:$false; Set-SunoApiKey -ApiKey $k -BaseUri $u -UploadBaseUri $up -MaximumRetryCount $r -RetryIntervalSec 0.01 -TimeoutSec $t",
                new Dictionary<string, object?> { ["k"] = CmdletTest.Key, ["u"] = Emulator.ApiUri, ["up"] = Emulator.UploadsUri, ["t"] = requestTimeoutSec, ["r"] = retries })
                .AssertClean();

        public async Task DisposeAsync()
        {
            SunoPS.Session.SunoSession.SubmitWindowForTests = null;
            Host?.Dispose();
            if (_emulator != null) await _emulator.DisposeAsync();
            try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>The matrix compresses the process-wide submit window, so it runs alone, after the tests that run in parallel.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class FaultMatrixCollection
    {
        public const string Name = "Fault matrix";
    }

    /// <summary>Each cell of <see cref="FaultMatrix"/>: the fault on the row's request, the row's command, the documented outcome.</summary>
    [Collection(FaultMatrixCollection.Name)]
    public class FaultMatrixTests : IClassFixture<FaultMatrixFixture>
    {
        private readonly FaultMatrixFixture _fixture;

        public FaultMatrixTests(FaultMatrixFixture fixture) => _fixture = fixture;

        public static IEnumerable<object[]> Cells() => FaultMatrix.Cells();

        [Theory]
        [MemberData(nameof(Cells))]
        public void Cell(string cmdlet, string faultName)
        {
            var row = FaultMatrix.Rows.Single(r => r.Cmdlet == cmdlet);
            var fault = FaultMatrix.Faults.Single(f => f.Name == faultName);
            var expected = fault.Expected(row)!;
            var state = _fixture.Emulator.State;
            var cell = Path.Combine(_fixture.Folder, Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(cell);
            var variables = new Dictionary<string, object?>(_fixture.Variables)
            {
                ["cell"] = cell,
                ["waitFor"] = faultName == "never-finishes" ? _fixture.Variables["pending"] : _fixture.Variables["done"],
            };

            if (faultName == "no-answer") _fixture.UseSession(requestTimeoutSec: 1, retries: 0);
            else _fixture.UseSession(requestTimeoutSec: 10);
            state.ClearFaults();
            var before = Requests(state, row.Path);
            if (fault.Spec(row) is { } spec) state.AddFault(spec);
            ScriptRun run;
            try
            {
                run = _fixture.Host.Run(row.Script, variables);
            }
            finally
            {
                state.ClearFaults();
            }

            var applied = state.Stats.FaultsApplied;
            var errors = run.AllErrors;
            var outcome = errors.Count == 0 ? FaultMatrix.Ok : errors[0].FullyQualifiedErrorId.Split(',')[0];
            Assert.True(expected == outcome,
                $"{cmdlet} × {faultName}: expected {expected}, got {outcome}" + (errors.Count > 0 ? ": " + errors[0].Exception.Message : "")
                + $" ({Requests(state, row.Path) - before} requests to {row.Path}, {applied} faults applied in all)");
            if (expected == FaultMatrix.Ok) Assert.NotEmpty(run.Output);

            // The key never shows, whatever went wrong.
            foreach (var text in errors.Select(e => e.ToString() + e.Exception.Message + e.ErrorDetails?.RecommendedAction)
                         .Concat(run.Warning.Select(w => w.Message)).Concat(run.Verbose.Select(v => v.Message)))
            {
                Assert.DoesNotContain(CmdletTest.Key, text);
            }

            // A submission whose fate is unknown is never sent again by the module.
            if (expected == "SunoSubmissionOutcomeUnknown") Assert.Equal(before + 1, Requests(state, row.Path));

            // Nothing half-written is left where the user asked for the files.
            if (row.Class == CallClass.Files || row.Script.Contains("Save-SunoTrack"))
            {
                if (expected != FaultMatrix.Ok) Assert.Empty(Directory.GetFileSystemEntries(cell));
            }
        }

        [Fact]
        public void The_documented_matrix_is_the_tested_one()
        {
            var doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "reliability.md")).Replace("\r\n", "\n");
            var table = FaultMatrix.RenderMarkdown();
            Assert.True(doc.Contains(table), "docs/reliability.md must hold the matrix as FaultMatrix renders it:\n" + table);
        }

        private static long Requests(EmulatorState state, string path) =>
            state.Stats.RequestsByPath.TryGetValue(path, out var n) ? n : 0;
    }
}
