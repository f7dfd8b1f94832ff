using System.Linq;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Binding
{
    /// <summary>An empty or blank value (an empty CSV cell) means "not given", whether typed or piped.</summary>
    public sealed class EmptyAsNullTests : CmdletTest
    {
        [Fact]
        public void Empty_arguments_on_the_command_line_are_options_not_given()
        {
            var run = Run("New-SunoMusic -Prompt 'x' -Model '' -StyleWeight '' -VocalGender ' ' -NegativeTags '' -CallbackUri '' -PersonaId '' | Get-SunoTask")
                .AssertClean();

            var task = Assert.Single(run.OutputOf<SunoTask>());
            Assert.Equal(SunoModelCatalog.DefaultModel, task.Model);
            Assert.Equal("https://example.com/callback", task.Parameters["callBackUrl"]);
            foreach (var absent in new[] { "styleWeight", "vocalGender", "negativeTags", "personaId" })
            {
                Assert.False(task.Parameters.ContainsKey(absent), absent + " was sent.");
            }
        }

        [Fact]
        public void Blank_cells_of_every_optional_column_are_options_not_given()
        {
            var run = Run(@"
                [pscustomobject]@{
                    Prompt = 'A calm piano track'; Style = '  '; Title = ''; Model = ' '; NegativeTags = ''; VocalGender = '';
                    StyleWeight = ''; WeirdnessConstraint = ' '; AudioWeight = ''; PersonaId = ''; PersonaModel = ''; CallbackUri = ''
                } | New-SunoMusic | Get-SunoTask").AssertClean();

            var task = Assert.Single(run.OutputOf<SunoTask>());
            Assert.False(task.CustomMode); // a blank Style or Title selects nothing
            Assert.Equal("A calm piano track", task.Prompt);
            Assert.Equal(new[] { "callBackUrl", "customMode", "instrumental", "model", "prompt" },
                task.Parameters.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        }

        [Fact]
        public void A_blank_prompt_is_no_prompt_and_nothing_is_sent()
        {
            var run = Run("New-SunoMusic -Prompt '   '; [pscustomobject]@{ Prompt = '' } | New-SunoMusic");

            Assert.Empty(run.Output);
            Assert.Equal(2, run.Errors.Count);
            Assert.All(run.Errors, e => Assert.StartsWith("SunoInvalidRequest,", e.FullyQualifiedErrorId));
            Assert.Equal(0, State.Stats.ApiRequests);
        }
    }
}
