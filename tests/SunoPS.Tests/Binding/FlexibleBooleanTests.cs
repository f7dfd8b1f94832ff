using System.Linq;
using System.Management.Automation;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Binding
{
    /// <summary>
    /// Switch parameters that bind by property name read "true"/"false"/"yes"/"no"/"1"/"0" as booleans, as a CSV
    /// column holds them; PowerShell alone would read any non-empty string, "False" included, as true.
    /// </summary>
    public sealed class FlexibleBooleanTests : CmdletTest
    {
        [Fact]
        public void Reads_each_spelling_of_true_and_false_in_an_Instrumental_column()
        {
            var cells = new object[] { "False", "false ", "no", "N", "0", "", "$false", "TRUE", " yes", "y", "1", "$true", true, false };
            var expected = new[] { false, false, false, false, false, false, false, true, true, true, true, true, true, false };

            var run = Run("$cells | ForEach-Object { [pscustomobject]@{ Prompt = 'A calm piano track'; Instrumental = $_ } } | New-SunoMusic | Get-SunoTask",
                Vars(("cells", cells))).AssertClean();

            // What went over the wire, as the emulator recorded it.
            Assert.Equal(expected, run.OutputOf<SunoTask>().Select(t => t.Instrumental ?? false));
        }

        [Fact]
        public void Reads_a_null_switch_value_as_not_given()
        {
            // A JSON null, a $null property, and a task whose record lacks customMode and instrumental.
            var run = Run(@"
                '{""Prompt"": ""from json"", ""Instrumental"": null, ""CustomMode"": null}' | ConvertFrom-Json
                [pscustomobject]@{ Prompt = 'from a row'; Instrumental = $null; CustomMode = $null }
                [SunoPS.SunoTask]::Parse('{""taskId"": ""t1"", ""status"": ""SUCCESS"", ""param"": ""{\""prompt\"": \""from a task\""}""}')
                ").AssertClean();
            Assert.Equal(3, run.Output.Count);

            var sent = Run("$rows | New-SunoMusic | Get-SunoTask", Vars(("rows", run.Output.ToArray()))).AssertClean();

            Assert.Equal(new[] { "from json", "from a row", "from a task" }, sent.OutputOf<SunoTask>().Select(t => t.Prompt));
            Assert.All(sent.OutputOf<SunoTask>(), t => Assert.Equal((false, false), (t.CustomMode, t.Instrumental)));
        }

        [Fact]
        public void Refuses_a_row_whose_switch_is_neither_true_nor_false_and_submits_the_others()
        {
            var run = Run(@"
                [pscustomobject]@{ Prompt = 'one'; Instrumental = 'true' },
                [pscustomobject]@{ Prompt = 'two'; Instrumental = 'maybe' },
                [pscustomobject]@{ Prompt = 'three'; Instrumental = 'false' } | New-SunoMusic");

            Assert.Null(run.Terminating);
            Assert.Equal(new[] { "one", "three" }, run.OutputOf<SunoTask>().Select(t => t.Prompt));
            var error = Assert.Single(run.Errors);
            Assert.StartsWith("SunoInvalidRequest,", error.FullyQualifiedErrorId);
            Assert.Contains("-Instrumental must be true or false", error.Exception.Message);
            Assert.Contains("maybe", error.Exception.Message);
            Assert.Equal(2, State.Stats.GenerateAccepted);
        }

        [Fact]
        public void Reads_a_CustomMode_column_too()
        {
            var run = Run(@"
                [pscustomobject]@{ Prompt = 'A calm piano track'; CustomMode = 'False' } | New-SunoMusic
                [pscustomobject]@{ Prompt = 'la la'; CustomMode = 'true'; Style = ''; Title = '' } | New-SunoMusic");

            var task = Assert.Single(run.OutputOf<SunoTask>());
            Assert.False(task.CustomMode);
            // 'true' really selected custom mode: which then wants a style and a title, and says so before sending.
            var error = Assert.Single(run.Errors);
            Assert.StartsWith("SunoInvalidRequest,", error.FullyQualifiedErrorId);
            Assert.Equal(1, State.Stats.ApiRequests);
        }

        [Fact]
        public void Leaves_a_switch_given_on_the_command_line_as_PowerShell_reads_it()
        {
            var run = Run(@"
                New-SunoMusic -Prompt 'x' -Instrumental
                New-SunoMusic -Prompt 'x' -Instrumental:$false
                New-SunoMusic -Prompt 'x' -Instrumental:'no'").AssertClean();

            Assert.Equal(new bool?[] { true, false, false }, run.OutputOf<SunoTask>().Select(t => t.Instrumental));
        }
    }
}
