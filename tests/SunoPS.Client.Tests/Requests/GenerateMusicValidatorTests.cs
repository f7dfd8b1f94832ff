using System.Linq;
using SunoPS.Client.Requests;
using Xunit;

namespace SunoPS.Client.Tests.Requests
{
    /// <summary>The documented rules of POST /generate (suno-api.md §3.2, §4.1), checked before anything is sent.</summary>
    public sealed class GenerateMusicValidatorTests
    {
        private static GenerateMusicRequest Simple(string prompt = "A calm piano track") =>
            new GenerateMusicRequest { Prompt = prompt };

        private static GenerateMusicRequest Custom(string model = "V5", string? lyrics = "La la la", bool instrumental = false) =>
            new GenerateMusicRequest { CustomMode = true, Model = model, Style = "Jazz", Title = "Night", Prompt = lyrics, Instrumental = instrumental };

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
            var problems = GenerateMusicValidator.Validate(Custom(lyrics: " "));
            Assert.Contains(problems, p => p.Contains("lyrics"));
        }

        [Fact]
        public void Custom_mode_needs_style_and_title_and_reports_both()
        {
            var problems = GenerateMusicValidator.Validate(new GenerateMusicRequest { CustomMode = true, Prompt = "words" });
            Assert.Equal(2, problems.Count);
            Assert.Contains(problems, p => p.Contains("-Style"));
            Assert.Contains(problems, p => p.Contains("-Title"));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        public void Simple_mode_needs_a_prompt(string? prompt)
        {
            var problems = GenerateMusicValidator.Validate(new GenerateMusicRequest { Prompt = prompt });
            Assert.Contains(problems, p => p.Contains("-Prompt"));
        }

        [Fact]
        public void Simple_prompt_is_limited_to_500_characters()
        {
            Assert.Empty(GenerateMusicValidator.Validate(Simple(new string('a', 500))));
            var problems = GenerateMusicValidator.Validate(Simple(new string('a', 501)));
            Assert.Contains(problems, p => p.Contains("501") && p.Contains("500"));
        }

        [Fact]
        public void Style_or_title_without_custom_mode_is_refused()
        {
            var problems = GenerateMusicValidator.Validate(new GenerateMusicRequest { Prompt = "x", Style = "Jazz" });
            Assert.NotEmpty(problems);
        }

        [Fact]
        public void Persona_needs_custom_mode()
        {
            Assert.NotEmpty(GenerateMusicValidator.Validate(new GenerateMusicRequest { Prompt = "x", PersonaId = "p1" }));
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
            Assert.All(problems, p => Assert.Contains(model, p));
        }

        [Fact]
        public void Model_names_are_matched_without_case()
        {
            var request = Custom(model: "v4");
            request.Title = new string('t', 81);
            Assert.Single(GenerateMusicValidator.Validate(request));
        }

        [Fact]
        public void An_unknown_model_is_passed_on_without_length_checks()
        {
            var request = Custom(model: "V7_FUTURE", lyrics: new string('x', 20000));
            Assert.Empty(GenerateMusicValidator.Validate(request));
        }

        [Fact]
        public void A_model_is_required()
        {
            var request = Simple();
            request.Model = " ";
            Assert.Contains(GenerateMusicValidator.Validate(request), p => p.Contains("model"));
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
            foreach (var make in new System.Func<double, GenerateMusicRequest>[]
                     {
                         w => { var r = Custom(); r.StyleWeight = w; return r; },
                         w => { var r = Custom(); r.WeirdnessConstraint = w; return r; },
                         w => { var r = Custom(); r.AudioWeight = w; return r; },
                     })
            {
                Assert.Equal(valid, GenerateMusicValidator.Validate(make(weight)).Count == 0);
            }
        }

        [Theory]
        [InlineData("m", true)]
        [InlineData("f", true)]
        [InlineData("x", false)]
        [InlineData("male", false)]
        public void Vocal_gender_is_m_or_f(string gender, bool valid)
        {
            var request = Simple();
            request.VocalGender = gender;
            Assert.Equal(valid, GenerateMusicValidator.Validate(request).Count == 0);
        }

        [Theory]
        [InlineData("style_persona", true)]
        [InlineData("voice_persona", true)]
        [InlineData("other", false)]
        public void Persona_model_is_one_of_two(string personaModel, bool valid)
        {
            var request = Custom();
            request.PersonaModel = personaModel;
            Assert.Equal(valid, GenerateMusicValidator.Validate(request).Count == 0);
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
            if (!valid) Assert.Equal("-PersonaModel voice_persona works with V5 and V5_5 only, not " + model + ".", Assert.Single(problems));
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
        public void A_weight_that_is_not_a_number_is_refused_with_a_clear_message()
        {
            var request = Simple();
            request.StyleWeight = double.NaN; // how a cell such as "abc" reaches the validator

            Assert.Equal("-StyleWeight must be a number between 0 and 1.", Assert.Single(GenerateMusicValidator.Validate(request)));
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
            Assert.Equal(valid, GenerateMusicValidator.Validate(request).Count == 0);
        }

        [Fact]
        public void Every_problem_is_reported_at_once()
        {
            var request = new GenerateMusicRequest
            {
                CustomMode = true, Model = "V4", Title = new string('t', 81), StyleWeight = 2, VocalGender = "x",
            };
            var problems = GenerateMusicValidator.Validate(request);
            Assert.True(problems.Count >= 5, string.Join(" | ", problems));
            Assert.Equal(problems.Count, problems.Distinct().Count());
        }
    }
}
