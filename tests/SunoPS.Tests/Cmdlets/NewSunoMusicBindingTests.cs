using System.Linq;
using SunoPS.Tests.Support;
using Xunit;

namespace SunoPS.Tests.Cmdlets
{
    /// <summary>
    /// New-SunoMusic binds every parameter by property name, so any object (a PSCustomObject row, a task) submits,
    /// in order; -WhatIf, however it is asked for, sends nothing but still finds the mistakes.
    /// </summary>
    public sealed class NewSunoMusicBindingTests : CmdletTest
    {
        [Fact]
        public void Rows_bind_by_property_name_and_by_alias_with_typed_values()
        {
            var run = Run(@"
                [pscustomobject]@{ Lyrics = '[Verse] Streetlights'; Tags = 'Jazz, brushes'; Title = 'Night Walk'; StyleWeight = 0.4; Instrumental = $false; CallBackUrl = 'https://hooks.example.org/suno' },
                [pscustomobject]@{ Description = 'A calm piano track'; Model = 'V4_5'; WeirdnessConstraint = [decimal]0.25; Mood = 'ignored' },
                [pscustomobject]@{ Style = 'Ambient'; Title = 'Drift'; Instrumental = $true; VocalGender = 'F'; PersonaId = 'p-1'; PersonaModel = 'Voice_Persona' } |
                    New-SunoMusic | Get-SunoTask").AssertClean();

            var tasks = run.OutputOf<SunoTask>().ToList();
            Assert.Equal(3, tasks.Count);

            Assert.True(tasks[0].CustomMode);
            Assert.Equal("[Verse] Streetlights", tasks[0].Prompt);
            Assert.Equal("Jazz, brushes", tasks[0].Style);
            Assert.Equal("Night Walk", tasks[0].Title);
            Assert.Equal(0.4, tasks[0].Parameters["styleWeight"]);
            Assert.Equal("https://hooks.example.org/suno", tasks[0].Parameters["callBackUrl"]);

            Assert.False(tasks[1].CustomMode);
            Assert.Equal("A calm piano track", tasks[1].Prompt);
            Assert.Equal("V4_5", tasks[1].Model);
            Assert.Equal(0.25, tasks[1].Parameters["weirdnessConstraint"]);

            Assert.True(tasks[2].Instrumental);
            Assert.Null(tasks[2].Prompt);
            Assert.Equal("f", tasks[2].Parameters["vocalGender"]);
            Assert.Equal("p-1", tasks[2].Parameters["personaId"]);
            Assert.Equal("voice_persona", tasks[2].Parameters["personaModel"]);
        }

        [Fact]
        public void Writes_the_tasks_of_a_batch_in_input_order()
        {
            var prompts = Enumerable.Range(1, 12).Select(i => "Song " + i).ToArray();

            var run = Run("$prompts | ForEach-Object { [pscustomobject]@{ Prompt = $_ } } | New-SunoMusic", Vars(("prompts", prompts))).AssertClean();

            Assert.Equal(prompts, run.OutputOf<SunoTask>().Select(t => t.Prompt));
            Assert.Equal(12, run.OutputOf<SunoTask>().Select(t => t.TaskId).Distinct().Count());
        }

        [Fact]
        public void A_task_piped_back_in_submits_the_same_request_again()
        {
            var run = Run(@"
                $first = New-SunoMusic -Style 'Lo-fi' -Title 'Rain' -Instrumental -Model V4_5PLUS
                $first | New-SunoMusic | Get-SunoTask
                $first").AssertClean();

            var tasks = run.OutputOf<SunoTask>().ToList();
            var again = tasks[0];
            var first = tasks[1];
            Assert.NotEqual(first.TaskId, again.TaskId);
            Assert.Equal((true, true, "Lo-fi", "Rain", "V4_5PLUS"), (again.CustomMode, again.Instrumental, again.Style, again.Title, again.Model));
            Assert.Equal(2, State.Stats.GenerateAccepted);
        }

        [Theory]
        [InlineData("$rows | New-SunoMusic -WhatIf")]
        [InlineData("$WhatIfPreference = $true; $rows | New-SunoMusic")]
        [InlineData("$rows | New-SunoMusic -WhatIf -Wait -PollIntervalSec 0.05")]
        [InlineData("$rows | New-SunoMusic -WhatIf -Instrumental -Model V4")]
        public void WhatIf_sends_nothing_and_still_reports_invalid_rows(string script)
        {
            var run = Run(@"$rows = @(
                    [pscustomobject]@{ Prompt = 'A calm piano track'; Instrumental = 'no' }
                    [pscustomobject]@{ Prompt = 'lyrics'; Style = 'Jazz'; Title = '' }
                    [pscustomobject]@{ Style = 'Ambient'; Title = 'Drift'; Instrumental = 'yes' }
                )
                " + script);

            Assert.Empty(run.Output);
            var error = Assert.Single(run.AllErrors);
            Assert.StartsWith("SunoInvalidRequest,", error.FullyQualifiedErrorId);
            Assert.Equal("lyrics", error.TargetObject);
            Assert.Equal(0, State.Stats.ApiRequests);
        }

        [Fact]
        public void Completes_the_documented_models_and_the_vocal_genders()
        {
            var run = Run(@"
                (TabExpansion2 -inputScript 'New-SunoMusic -Model V4' -cursorColumn 23).CompletionMatches.CompletionText
                '--'
                (TabExpansion2 -inputScript 'New-SunoMusic -VocalGender ' -cursorColumn 27).CompletionMatches.CompletionText").AssertClean();

            Assert.Equal(new[] { "V4_5ALL", "V4_5PLUS", "V4_5", "V4", "--", "m", "f" }, run.OutputOf<string>());
        }
    }
}
