using System.Collections.Generic;
using System.Linq;
using SunoPS.Client.Errors;
using SunoPS.Client.Requests;
using Xunit;

namespace SunoPS.Client.Tests.Requests
{
    /// <summary>
    /// The documented rules of POST /generate (suno-api.md §3.2, §4.1), checked before anything is sent. Problems are
    /// structured (the API's field name, the rule, the limit and when it holds); the cmdlet layer words them.
    /// </summary>
    public sealed class GenerateMusicValidatorTests
    {
        private static GenerateMusicRequest Simple(string prompt = "A calm piano track") =>
            new GenerateMusicRequest { Prompt = prompt };

        private static GenerateMusicRequest Custom(string model = "V5", string? lyrics = "La la la", bool instrumental = false) =>
            new GenerateMusicRequest { CustomMode = true, Model = model, Style = "Jazz", Title = "Night", Prompt = lyrics, Instrumental = instrumental };

        private static SunoProblem Problem(IEnumerable<SunoProblem> problems, string field) =>
            Assert.Single(problems, p => p.Field == field);

        [Fact]
        public void Simple_mode_with_a_prompt_is_valid() => Assert.Empty(GenerateMusicValidator.Validate(Simple()));

        [Fact]
        public void Custom_mode_with_style_title_and_lyrics_is_valid() => Assert.Empty(GenerateMusicValidator.Validate(Custom()));

        [Fact]
        public void Custom_instrumental_needs_no_lyrics() =>
            Assert.Empty(GenerateMusicValidator.Validate(Custom(lyrics: null, instrumental: true)));

        [Fact]
        public void Custom_vocal_track_needs_lyrics()
        {
            var problem = Assert.Single(GenerateMusicValidator.Validate(Custom(lyrics: " ")));

            Assert.Equal("prompt", problem.Field);
            Assert.Equal(SunoProblemRule.Required, problem.Rule);
            Assert.Equal(GenerateMusicValidator.CustomModeWithVocals, problem.Condition);
        }

        [Fact]
        public void Custom_mode_needs_style_and_title_and_reports_both()
        {
            var problems = GenerateMusicValidator.Validate(new GenerateMusicRequest { CustomMode = true, Prompt = "words" });

            Assert.Equal(2, problems.Count);
            Assert.All(problems, p =>
            {
                Assert.Equal(SunoProblemRule.Required, p.Rule);
                Assert.Equal(GenerateMusicValidator.CustomMode, p.Condition);
            });
            Assert.Equal(new[] { "style", "title" }, problems.Select(p => p.Field).OrderBy(f => f));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        public void Simple_mode_needs_a_prompt(string? prompt)
        {
            var problem = Problem(GenerateMusicValidator.Validate(new GenerateMusicRequest { Prompt = prompt }), "prompt");

            Assert.Equal(SunoProblemRule.Required, problem.Rule);
            Assert.Equal(GenerateMusicValidator.SimpleMode, problem.Condition);
        }

        [Fact]
        public void Simple_prompt_is_limited_to_500_characters()
        {
            Assert.Empty(GenerateMusicValidator.Validate(Simple(new string('a', 500))));

            var problem = Assert.Single(GenerateMusicValidator.Validate(Simple(new string('a', 501))));

            Assert.Equal("prompt", problem.Field);
            Assert.Equal(SunoProblemRule.TooLong, problem.Rule);
            Assert.Equal(501, problem.Value);
            Assert.Equal(500, problem.Limit);
            Assert.Equal(GenerateMusicValidator.SimpleMode, problem.Condition);
        }

        [Theory]
        [InlineData("style")]
        [InlineData("title")]
        [InlineData("personaId")]
        public void Custom_mode_fields_without_custom_mode_are_refused(string field)
        {
            var request = Simple();
            if (field == "style") request.Style = "Jazz";
            if (field == "title") request.Title = "Night";
            if (field == "personaId") request.PersonaId = "p1";

            var problem = Assert.Single(GenerateMusicValidator.Validate(request));

            Assert.Equal(field, problem.Field);
            Assert.Equal(SunoProblemRule.NotApplicable, problem.Rule);
            Assert.Equal(GenerateMusicValidator.CustomMode, problem.Condition);
        }

        [Fact]
        public void Persona_in_custom_mode_is_valid()
        {
            var custom = Custom();
            custom.PersonaId = "p1";
            custom.PersonaModel = "style_persona";
            Assert.Empty(GenerateMusicValidator.Validate(custom));
        }

        // Per-model limits of custom mode: lyrics, style, title.
        [Theory]
        [InlineData("V4", 3000, 200, 80)]
        [InlineData("V4_5", 5000, 1000, 100)]
        [InlineData("V4_5PLUS", 5000, 1000, 100)]
        [InlineData("V4_5ALL", 5000, 1000, 80)]
        [InlineData("V5", 5000, 1000, 100)]
        [InlineData("V5_5", 5000, 1000, 100)]
        public void Custom_mode_limits_follow_the_model(string model, int lyrics, int style, int title)
        {
            var atLimit = new GenerateMusicRequest
            {
                CustomMode = true, Model = model,
                Prompt = new string('l', lyrics), Style = new string('s', style), Title = new string('t', title),
            };
            Assert.Empty(GenerateMusicValidator.Validate(atLimit));

            var over = new GenerateMusicRequest
            {
                CustomMode = true, Model = model,
                Prompt = new string('l', lyrics + 1), Style = new string('s', style + 1), Title = new string('t', title + 1),
            };
            var problems = GenerateMusicValidator.Validate(over);

            Assert.Equal(3, problems.Count);
            Assert.All(problems, p =>
            {
                Assert.Equal(SunoProblemRule.TooLong, p.Rule);
                Assert.Equal(model, p.Condition);
                Assert.Equal(p.Limit + 1, p.Value);
            });
            Assert.Equal(lyrics, Problem(problems, "prompt").Limit);
            Assert.Equal(style, Problem(problems, "style").Limit);
            Assert.Equal(title, Problem(problems, "title").Limit);
        }

        [Fact]
        public void Model_names_are_matched_without_case()
        {
            var request = Custom(model: "v4");
            request.Title = new string('t', 81);

            var problem = Assert.Single(GenerateMusicValidator.Validate(request));

            Assert.Equal("title", problem.Field);
            Assert.Equal(80, problem.Limit);
            Assert.Equal("v4", problem.Condition); // the model as the user gave it
        }

        [Fact]
        public void An_unknown_model_is_passed_on_without_length_checks()
        {
            var request = Custom(model: "V7_FUTURE", lyrics: new string('x', 20000));
            Assert.Empty(GenerateMusicValidator.Validate(request));
        }

        [Theory]
        [InlineData(" ")]
        [InlineData("")]
        [InlineData(null)]
        public void A_model_is_required(string? model)
        {
            var request = Simple();
            request.Model = model!;

            var problem = Problem(GenerateMusicValidator.Validate(request), "model");

            Assert.Equal(SunoProblemRule.Required, problem.Rule);
            Assert.Null(problem.Condition); // always
        }

        [Theory]
        [InlineData(0.0, true)]
        [InlineData(0.5, true)]
        [InlineData(1.0, true)]
        [InlineData(-0.01, false)]
        [InlineData(1.01, false)]
        [InlineData(double.NaN, false)]
        public void Weights_must_be_between_0_and_1(double weight, bool valid)
        {
            foreach (var (field, make) in new (string, System.Func<double, GenerateMusicRequest>)[]
                     {
                         ("styleWeight", w => { var r = Custom(); r.StyleWeight = w; return r; }),
                         ("weirdnessConstraint", w => { var r = Custom(); r.WeirdnessConstraint = w; return r; }),
                         ("audioWeight", w => { var r = Custom(); r.AudioWeight = w; return r; }),
                     })
            {
                var problems = GenerateMusicValidator.Validate(make(weight));
                if (valid)
                {
                    Assert.Empty(problems);
                    continue;
                }

                var problem = Assert.Single(problems);
                Assert.Equal(field, problem.Field);
                Assert.Equal(SunoProblemRule.OutOfRange, problem.Rule);
                Assert.Equal(0, problem.Minimum);
                Assert.Equal(1, problem.Maximum);
                Assert.Equal(weight, (double)problem.Value!);
            }
        }

        [Theory]
        [InlineData("m", true)]
        [InlineData("f", true)]
        [InlineData("x", false)]
        [InlineData("male", false)]
        [InlineData("M", false)]
        public void Vocal_gender_is_m_or_f(string gender, bool valid)
        {
            var request = Simple();
            request.VocalGender = gender;

            var problems = GenerateMusicValidator.Validate(request);

            Assert.Equal(valid, problems.Count == 0);
            if (valid) return;
            var problem = Assert.Single(problems);
            Assert.Equal("vocalGender", problem.Field);
            Assert.Equal(SunoProblemRule.NotAllowedValue, problem.Rule);
            Assert.Equal(gender, problem.Value);
            Assert.Equal(new[] { "m", "f" }, problem.Allowed);
        }

        [Theory]
        [InlineData("style_persona", true)]
        [InlineData("voice_persona", true)]
        [InlineData("other", false)]
        public void Persona_model_is_one_of_two(string personaModel, bool valid)
        {
            var request = Custom();
            request.PersonaModel = personaModel;

            var problems = GenerateMusicValidator.Validate(request);

            Assert.Equal(valid, problems.Count == 0);
            if (valid) return;
            var problem = Assert.Single(problems);
            Assert.Equal("personaModel", problem.Field);
            Assert.Equal(SunoProblemRule.NotAllowedValue, problem.Rule);
            Assert.Equal(new[] { "style_persona", "voice_persona" }, problem.Allowed);
        }

        // suno-api.md §3.1 [SPEC]: personaModel voice_persona "is only available with V5 and V5_5 models".
        [Theory]
        [InlineData("V5", true)]
        [InlineData("V5_5", true)]
        [InlineData("v5_5", true)]
        [InlineData("V4_5ALL", false)]
        [InlineData("V4_5PLUS", false)]
        [InlineData("V4_5", false)]
        [InlineData("V4", false)]
        [InlineData("V3_5", false)]
        [InlineData("V6", true)] // a model this module does not know yet is passed on, as -Model promises
        public void Voice_persona_works_with_V5_and_V5_5_only(string model, bool valid)
        {
            var request = Custom(model);
            request.PersonaId = "voice-1";
            request.PersonaModel = "voice_persona";

            var problems = GenerateMusicValidator.Validate(request);

            Assert.Equal(valid, problems.Count == 0);
            if (valid) return;
            var problem = Assert.Single(problems);
            Assert.Equal("personaModel", problem.Field);
            Assert.Equal(SunoProblemRule.NotApplicable, problem.Rule);
            Assert.Equal("voice_persona", problem.Value);
            Assert.Equal(GenerateMusicValidator.VoicePersonaModels + " (not " + model + ")", problem.Condition);
        }

        [Theory]
        [InlineData("V4")]
        [InlineData("V4_5PLUS")]
        public void Style_persona_works_with_every_model(string model)
        {
            var request = Custom(model);
            request.PersonaId = "p1";
            request.PersonaModel = "style_persona";
            Assert.Empty(GenerateMusicValidator.Validate(request));
        }

        [Fact]
        public void A_weight_that_is_not_a_number_is_one_out_of_range_problem()
        {
            var request = Simple();
            request.StyleWeight = double.NaN; // how a cell such as "abc" reaches the validator

            var problem = Assert.Single(GenerateMusicValidator.Validate(request));

            Assert.Equal("styleWeight", problem.Field);
            Assert.Equal(SunoProblemRule.OutOfRange, problem.Rule);
            Assert.True(double.IsNaN((double)problem.Value!));
        }

        [Theory]
        [InlineData("https://example.org/hook", true)]
        [InlineData("http://127.0.0.1:8080/hook", true)]
        [InlineData("ftp://example.org/hook", false)]
        [InlineData("/relative/hook", false)]
        [InlineData("not a url", false)]
        public void Callback_must_be_absolute_http(string url, bool valid)
        {
            var request = Simple();
            request.CallbackUrl = url;

            var problems = GenerateMusicValidator.Validate(request);

            Assert.Equal(valid, problems.Count == 0);
            if (valid) return;
            var problem = Assert.Single(problems);
            Assert.Equal("callBackUrl", problem.Field); // the API's spelling, capital B
            Assert.Equal(SunoProblemRule.NotHttpUrl, problem.Rule);
            Assert.Equal(url, problem.Value);
        }

        [Fact]
        public void Every_problem_is_reported_at_once()
        {
            var request = new GenerateMusicRequest
            {
                CustomMode = true, Model = "V4", Title = new string('t', 81), StyleWeight = 2, VocalGender = "x",
            };

            var problems = GenerateMusicValidator.Validate(request);

            Assert.Equal(new[] { "prompt", "style", "styleWeight", "title", "vocalGender" }, problems.Select(p => p.Field).OrderBy(f => f, System.StringComparer.Ordinal));
            Assert.Equal(SunoProblemRule.TooLong, Problem(problems, "title").Rule);
        }

        [Fact]
        public void A_refused_request_names_its_problems_in_the_exception()
        {
            var problems = GenerateMusicValidator.Validate(new GenerateMusicRequest { CustomMode = true, Prompt = "words" });

            var e = new SunoException(problems);

            Assert.Equal(SunoErrorKind.InvalidRequest, e.Kind);
            Assert.Same(problems, e.Problems);
            Assert.Contains("style", e.Message);
            Assert.Contains("title", e.Message);
        }
    }
}
