using System.Linq;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Binding
{
    /// <summary>
    /// A cell New-SunoMusic cannot read (a weight that is no number, a callback that is no URL) is refused for its
    /// row with SunoInvalidRequest before anything is sent; PowerShell alone would skip the value and submit the row
    /// without it, spending credits. Numbers are read in the invariant culture; empty cells still mean "not given".
    /// </summary>
    public sealed class FlexibleNumberTests : CmdletTest
    {
        [Fact]
        public void A_row_with_an_unreadable_value_is_refused_and_the_other_rows_are_submitted()
        {
            var run = Run(@"
                [pscustomobject]@{ Prompt = 'one'; StyleWeight = '0.5' },
                [pscustomobject]@{ Prompt = 'weight abc'; StyleWeight = 'abc' },
                [pscustomobject]@{ Prompt = 'weirdness x'; WeirdnessConstraint = 'x' },
                [pscustomobject]@{ Prompt = 'audio bool'; AudioWeight = $true },
                [pscustomobject]@{ Prompt = 'comma'; StyleWeight = '0,5' },
                [pscustomobject]@{ Prompt = 'callback text'; CallbackUri = 'not a url' },
                [pscustomobject]@{ Prompt = 'callback relative'; CallBackUrl = '/hooks/suno' },
                [pscustomobject]@{ Prompt = 'two'; StyleWeight = ' 1e-1 '; AudioWeight = ''; CallbackUri = 'https://hooks.example.org/x' } |
                    New-SunoMusic | Get-SunoTask");

            Assert.Null(run.Terminating);
            var tasks = run.OutputOf<SunoTask>().ToList();
            Assert.Equal(new[] { "one", "two" }, tasks.Select(t => t.Prompt));
            Assert.Equal(0.5, tasks[0].Parameters["styleWeight"]);
            Assert.Equal(0.1, tasks[1].Parameters["styleWeight"]);
            Assert.False(tasks[1].Parameters.ContainsKey("audioWeight"));
            Assert.Equal("https://hooks.example.org/x", tasks[1].Parameters["callBackUrl"]);

            Assert.Equal(new[] { "weight abc", "weirdness x", "audio bool", "comma", "callback text", "callback relative" },
                run.Errors.Select(e => e.TargetObject));
            Assert.All(run.Errors, e => Assert.StartsWith("SunoInvalidRequest,", e.FullyQualifiedErrorId));
            Assert.Contains("-StyleWeight must be a number between 0 and 1", run.Errors[0].Exception.Message);
            Assert.Contains("-WeirdnessConstraint", run.Errors[1].Exception.Message);
            Assert.Contains("-AudioWeight", run.Errors[2].Exception.Message);
            Assert.Contains("-CallbackUri", run.Errors[4].Exception.Message);
            Assert.Equal(2, State.Stats.GenerateAccepted);
        }

        [Fact]
        public void Reads_numbers_in_the_invariant_culture_whatever_the_session_culture()
        {
            var run = Run(@"
                [System.Threading.Thread]::CurrentThread.CurrentCulture = 'de-DE'
                [pscustomobject]@{ Prompt = 'dot'; StyleWeight = '0.25' },
                [pscustomobject]@{ Prompt = 'decimal comma'; StyleWeight = '0,25' } | New-SunoMusic | Get-SunoTask");

            var task = Assert.Single(run.OutputOf<SunoTask>());
            Assert.Equal(0.25, task.Parameters["styleWeight"]);
            Assert.Equal("decimal comma", Assert.Single(run.Errors).TargetObject);
        }

        [Fact]
        public void Typed_numbers_still_bind()
        {
            var run = Run(@"
                [pscustomobject]@{ Prompt = 'int'; StyleWeight = 1; WeirdnessConstraint = 0 },
                [pscustomobject]@{ Prompt = 'decimal'; StyleWeight = [decimal]0.75; AudioWeight = [single]0.5 } | New-SunoMusic | Get-SunoTask
                New-SunoMusic -Prompt 'typed' -StyleWeight 0.3 -AudioWeight '0.6' | Get-SunoTask").AssertClean();

            var tasks = run.OutputOf<SunoTask>().ToList();
            // The echoed JSON reads 1 and 0 back as integers.
            Assert.Equal(new[] { 1.0, 0.75, 0.3 }, tasks.Select(t => System.Convert.ToDouble(t.Parameters["styleWeight"])));
            Assert.Equal(0.0, System.Convert.ToDouble(tasks[0].Parameters["weirdnessConstraint"]));
            Assert.Equal(0.5, tasks[1].Parameters["audioWeight"]);
            Assert.Equal(0.6, tasks[2].Parameters["audioWeight"]);
        }

        [Fact]
        public void Unreadable_arguments_on_the_command_line_are_the_same_error()
        {
            var run = Run(@"
                New-SunoMusic -Prompt 'abc weight' -StyleWeight abc
                New-SunoMusic -Prompt 'relative callback' -CallbackUri hooks/suno
                'after'");

            Assert.Null(run.Terminating);
            Assert.Equal(new object[] { "after" }, run.Output.Select(o => o.BaseObject));
            Assert.Equal(new[] { "abc weight", "relative callback" }, run.Errors.Select(e => e.TargetObject));
            Assert.All(run.Errors, e => Assert.StartsWith("SunoInvalidRequest,", e.FullyQualifiedErrorId));
            Assert.Equal(0, State.Stats.ApiRequests);
        }
    }
}
