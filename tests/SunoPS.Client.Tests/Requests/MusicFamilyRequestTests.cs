using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using Xunit;

namespace SunoPS.Client.Tests.Requests
{
    /// <summary>
    /// The music family's other endpoints (suno-api.md §4.2–§4.9): each request's exact body and the documented rules
    /// it refuses before anything is sent.
    /// </summary>
    public sealed class MusicFamilyRequestTests
    {
        private const string Url = "https://files.example.org/song.mp3";

        private static async Task<SeenRequest> Sent(SunoSubmission request)
        {
            var server = new FakeHandler(_ => FakeHandler.Envelope(200, "{\"taskId\":\"t-1\"}"));
            using (var client = new SunoClient(FakeHandler.Options(), server))
            {
                var task = await client.SubmitAsync(request);
                Assert.Equal("t-1", task.TaskId);
                Assert.Equal(SunoTaskFamily.Music, task.Family);
            }

            return Assert.Single(server.Seen);
        }

        private static SunoProblem Only(SunoSubmission request, string field)
        {
            var problems = request.Validate();
            return Assert.Single(problems, p => p.Field == field);
        }

        // ---- extend -------------------------------------------------------------------------------------------

        [Fact]
        public async Task An_inherited_extension_sends_only_the_track_the_model_and_the_flag()
        {
            var seen = await Sent(new ExtendMusicRequest { AudioId = " e231-8cad ", Model = "V4_5" });

            Assert.Equal("http://api.test/api/v1/generate/extend", seen.Uri.AbsoluteUri);
            Assert.Equal("{\"audioId\":\"e231-8cad\",\"callBackUrl\":\"https://example.com/callback\",\"defaultParamFlag\":false,\"model\":\"V4_5\"}", seen.Body);
        }

        [Fact]
        public async Task A_custom_extension_sends_prompt_style_title_and_continueAt()
        {
            var seen = await Sent(new ExtendMusicRequest
            {
                AudioId = "e231", Model = "V5", UseCustomParameters = true, Prompt = "[Bridge] la", Style = "Folk", Title = "Long", ContinueAt = 60.456,
                SourceDuration = 120,
            });

            Assert.Equal("{\"audioId\":\"e231\",\"callBackUrl\":\"https://example.com/callback\",\"continueAt\":60.46,\"defaultParamFlag\":true," +
                         "\"model\":\"V5\",\"prompt\":\"[Bridge] la\",\"style\":\"Folk\",\"title\":\"Long\"}", seen.Body);
        }

        [Fact]
        public void Custom_parameters_require_prompt_style_title_and_continueAt()
        {
            var problems = new ExtendMusicRequest { AudioId = "e231", Model = "V5", UseCustomParameters = true }.Validate();

            Assert.Equal(new[] { "continueAt", "prompt", "style", "title" }, problems.Select(p => p.Field).OrderBy(f => f, System.StringComparer.Ordinal));
            Assert.All(problems, p => Assert.Equal(SunoProblemRule.Required, p.Rule));
        }

        [Fact]
        public void Inherited_parameters_refuse_custom_fields()
        {
            var problem = Only(new ExtendMusicRequest { AudioId = "e231", Model = "V5", Style = "Folk" }, "style");
            Assert.Equal(SunoProblemRule.NotApplicable, problem.Rule);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-1)]
        [InlineData(120)]
        [InlineData(200)]
        public void ContinueAt_must_be_inside_the_source(double at)
        {
            var problem = Only(new ExtendMusicRequest
            {
                AudioId = "e231", Model = "V5", UseCustomParameters = true, Prompt = "p", Style = "s", Title = "t", ContinueAt = at, SourceDuration = 120,
            }, "continueAt");

            Assert.Equal(SunoProblemRule.OutOfRange, problem.Rule);
            Assert.Equal(120, problem.Maximum);
        }

        [Fact]
        public void A_track_extension_needs_a_model_and_a_track()
        {
            var problems = new ExtendMusicRequest().Validate();
            Assert.Contains(problems, p => p.Field == "model" && p.Rule == SunoProblemRule.Required);
            Assert.Contains(problems, p => p.Field == "audioId" && p.Rule == SunoProblemRule.Required);
        }

        [Fact]
        public async Task An_upload_extension_goes_to_upload_extend_with_instrumental()
        {
            var seen = await Sent(new ExtendMusicRequest
            {
                UploadUrl = Url, Model = "V4_5ALL", UseCustomParameters = true, Instrumental = true, Style = "Ambient", Title = "Drift", SourceDuration = 50,
            });

            Assert.Equal("http://api.test/api/v1/generate/upload-extend", seen.Uri.AbsoluteUri);
            Assert.Equal("{\"callBackUrl\":\"https://example.com/callback\",\"defaultParamFlag\":true,\"instrumental\":true,\"model\":\"V4_5ALL\"," +
                         "\"style\":\"Ambient\",\"title\":\"Drift\",\"uploadUrl\":\"" + Url + "\"}", seen.Body);
        }

        [Theory]
        [InlineData("V4_5ALL", 61, 60)]
        [InlineData("V5", 481, 480)]
        public void Uploads_are_limited_by_model(string model, double seconds, double limit)
        {
            var problem = Only(new ExtendMusicRequest { UploadUrl = Url, Model = model, SourceDuration = seconds }, "uploadUrl");

            Assert.Equal(SunoProblemRule.AudioTooLong, problem.Rule);
            Assert.Equal(limit, problem.Maximum);
        }

        [Fact]
        public void A_track_and_an_upload_together_are_refused() =>
            Assert.Equal(SunoProblemRule.NotApplicable, Only(new ExtendMusicRequest { AudioId = "a", UploadUrl = Url, Model = "V5" }, "uploadUrl").Rule);

        // ---- upload-cover ---------------------------------------------------------------------------------------

        [Fact]
        public async Task A_cover_sends_the_upload_and_the_mode_matrix()
        {
            var seen = await Sent(new UploadCoverRequest { UploadUrl = Url, CustomMode = true, Instrumental = true, Style = "Jazz", Title = "Blue", Model = "V4" });

            Assert.Equal("http://api.test/api/v1/generate/upload-cover", seen.Uri.AbsoluteUri);
            Assert.Equal("{\"callBackUrl\":\"https://example.com/callback\",\"customMode\":true,\"instrumental\":true,\"model\":\"V4\"," +
                         "\"style\":\"Jazz\",\"title\":\"Blue\",\"uploadUrl\":\"" + Url + "\"}", seen.Body);
        }

        [Fact]
        public void A_cover_needs_an_http_upload_url()
        {
            Assert.Equal(SunoProblemRule.Required, Only(new UploadCoverRequest { Prompt = "x" }, "uploadUrl").Rule);
            Assert.Equal(SunoProblemRule.NotHttpUrl, Only(new UploadCoverRequest { Prompt = "x", UploadUrl = "file:///c/song.mp3" }, "uploadUrl").Rule);
        }

        [Fact]
        public void A_V4_5ALL_cover_of_more_than_a_minute_is_refused() =>
            Assert.Equal(SunoProblemRule.AudioTooLong,
                Only(new UploadCoverRequest { Prompt = "x", UploadUrl = Url, Model = "V4_5ALL", SourceDuration = 75 }, "uploadUrl").Rule);

        // ---- add-instrumental / add-vocals ------------------------------------------------------------------------

        [Fact]
        public async Task Add_instrumental_sends_tags_and_leaves_the_model_to_the_API()
        {
            var seen = await Sent(new AddInstrumentalRequest { UploadUrl = Url, Title = "Walk", Tags = "Lo-fi", NegativeTags = "Metal" });

            Assert.Equal("http://api.test/api/v1/generate/add-instrumental", seen.Uri.AbsoluteUri);
            Assert.Equal("{\"callBackUrl\":\"https://example.com/callback\",\"negativeTags\":\"Metal\",\"tags\":\"Lo-fi\",\"title\":\"Walk\",\"uploadUrl\":\"" + Url + "\"}",
                seen.Body);
        }

        [Fact]
        public void Add_instrumental_requires_its_fields_and_its_models()
        {
            var problems = new AddInstrumentalRequest { Model = "V4" }.Validate();

            Assert.Equal(new[] { "model", "negativeTags", "tags", "title", "uploadUrl" }, problems.Select(p => p.Field).OrderBy(f => f, System.StringComparer.Ordinal));
            Assert.Equal(new[] { "V4_5PLUS", "V5", "V5_5" }, problems.Single(p => p.Field == "model").Allowed);
        }

        [Fact]
        public async Task Add_vocals_sends_prompt_style_and_model()
        {
            var seen = await Sent(new AddVocalsRequest { UploadUrl = Url, Prompt = "[Verse] hi", Title = "City", Style = "Soul", NegativeTags = "Screamo", Model = "V5" });

            Assert.Equal("http://api.test/api/v1/generate/add-vocals", seen.Uri.AbsoluteUri);
            Assert.Equal("{\"callBackUrl\":\"https://example.com/callback\",\"model\":\"V5\",\"negativeTags\":\"Screamo\",\"prompt\":\"[Verse] hi\"," +
                         "\"style\":\"Soul\",\"title\":\"City\",\"uploadUrl\":\"" + Url + "\"}", seen.Body);
        }

        [Fact]
        public void Add_vocals_requires_lyrics_title_style_and_negative_tags() =>
            Assert.Equal(new[] { "negativeTags", "prompt", "style", "title" },
                new AddVocalsRequest { UploadUrl = Url }.Validate().Select(p => p.Field).OrderBy(f => f, System.StringComparer.Ordinal));

        // ---- mashup --------------------------------------------------------------------------------------------------

        [Fact]
        public async Task A_mashup_sends_a_list_of_two()
        {
            var seen = await Sent(new MashupRequest { UploadUrls = new List<string> { Url, "https://x.example.org/b.wav" }, Prompt = "blend" });

            Assert.Equal("http://api.test/api/v1/generate/mashup", seen.Uri.AbsoluteUri);
            Assert.Equal("{\"callBackUrl\":\"https://example.com/callback\",\"customMode\":false,\"model\":\"V5\",\"prompt\":\"blend\"," +
                         "\"uploadUrlList\":[\"" + Url + "\",\"https://x.example.org/b.wav\"]}", seen.Body);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(3)]
        public void A_mashup_takes_exactly_two(int count)
        {
            var problem = Only(new MashupRequest { UploadUrls = Enumerable.Repeat(Url, count).ToList() }, "uploadUrlList");

            Assert.Equal(SunoProblemRule.WrongCount, problem.Rule);
            Assert.Equal(count, problem.Value);
            Assert.Equal(2, problem.Limit);
        }

        [Fact]
        public void A_mashup_refuses_V5_5_and_long_titles()
        {
            var problems = new MashupRequest { UploadUrls = new List<string> { Url, Url }, Model = "V5_5", Title = new string('t', 101) }.Validate();

            Assert.Contains(problems, p => p.Field == "model" && p.Rule == SunoProblemRule.NotAllowedValue);
            Assert.Contains(problems, p => p.Field == "title" && p.Rule == SunoProblemRule.TooLong && p.Limit == 100);
        }

        // ---- sounds ----------------------------------------------------------------------------------------------------

        [Fact]
        public async Task A_sound_sends_its_own_field_names_and_no_placeholder_callback()
        {
            var seen = await Sent(new GenerateSoundRequest { Prompt = "Rain", Loop = true, Tempo = 90, Key = "c#m", GrabLyrics = false });

            Assert.Equal("http://api.test/api/v1/generate/sounds", seen.Uri.AbsoluteUri);
            Assert.Equal("{\"grabLyrics\":false,\"model\":\"V5\",\"prompt\":\"Rain\",\"soundKey\":\"C#m\",\"soundLoop\":true,\"soundTempo\":90}", seen.Body);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(301)]
        public void The_tempo_is_1_to_300(int tempo) =>
            Assert.Equal(SunoProblemRule.OutOfRange, Only(new GenerateSoundRequest { Prompt = "x", Tempo = tempo }, "soundTempo").Rule);

        [Fact]
        public void Keys_are_the_documented_ones_and_models_V5()
        {
            Assert.Equal(25, GenerateSoundRequest.Keys.Count);
            Assert.Equal(SunoProblemRule.NotAllowedValue, Only(new GenerateSoundRequest { Prompt = "x", Key = "H" }, "soundKey").Rule);
            Assert.Equal(SunoProblemRule.NotAllowedValue, Only(new GenerateSoundRequest { Prompt = "x", ModelName = "V4_5" }, "model").Rule);
            Assert.Equal(SunoProblemRule.TooLong, Only(new GenerateSoundRequest { Prompt = new string('p', 501) }, "prompt").Rule);
        }

        // ---- replace-section ----------------------------------------------------------------------------------------

        private static ReplaceSectionRequest Section(double start, double end, double? duration = 100) => new ReplaceSectionRequest
        {
            TaskId = "t", AudioId = "a", Prompt = "new", Tags = "Jazz", Title = "T", FullLyrics = "all", InfillStartS = start, InfillEndS = end,
            SourceDuration = duration,
        };

        [Fact]
        public async Task A_section_of_a_track_sends_the_documented_fields()
        {
            var request = Section(10.5, 20.754);
            request.NegativeTags = "Rock";
            var seen = await Sent(request);

            Assert.Equal("http://api.test/api/v1/generate/replace-section", seen.Uri.AbsoluteUri);
            Assert.Equal("{\"audioId\":\"a\",\"fullLyrics\":\"all\",\"infillEndS\":20.75,\"infillStartS\":10.5,\"negativeTags\":\"Rock\"," +
                         "\"prompt\":\"new\",\"tags\":\"Jazz\",\"taskId\":\"t\",\"title\":\"T\"}", seen.Body);
        }

        [Fact]
        public async Task A_section_of_an_upload_sends_the_url_and_the_model()
        {
            var request = Section(0, 10, null);
            request.TaskId = null;
            request.AudioId = null;
            request.UploadUrl = Url;
            request.Model = "V5_5";
            var seen = await Sent(request);

            Assert.Contains("\"uploadUrl\":\"" + Url + "\"", seen.Body);
            Assert.Contains("\"model\":\"V5_5\"", seen.Body);
            Assert.DoesNotContain("taskId", seen.Body);
        }

        [Theory]
        [InlineData(20, 20, SunoProblemRule.NotAfter)]
        [InlineData(30, 20, SunoProblemRule.NotAfter)]
        [InlineData(10, 15, SunoProblemRule.WindowOutOfRange)]
        [InlineData(0, 61, SunoProblemRule.WindowOutOfRange)]
        [InlineData(90, 110, SunoProblemRule.OutOfRange)]
        public void The_window_follows_the_rules(double start, double end, SunoProblemRule rule) =>
            Assert.Contains(Section(start, end).Validate(), p => p.Field == "infillEndS" && p.Rule == rule);

        [Fact]
        public void The_window_is_at_most_half_the_song()
        {
            var problem = Only(Section(0, 40, 70), "infillEndS");

            Assert.Equal(SunoProblemRule.WindowOutOfRange, problem.Rule);
            Assert.Equal(35, problem.Maximum);
        }

        [Fact]
        public void A_section_requires_its_texts_and_times()
        {
            var problems = new ReplaceSectionRequest { TaskId = "t", AudioId = "a" }.Validate();

            Assert.Equal(new[] { "fullLyrics", "infillEndS", "infillStartS", "prompt", "tags", "title" },
                problems.Select(p => p.Field).OrderBy(f => f, System.StringComparer.Ordinal));
        }

        // ---- persona -----------------------------------------------------------------------------------------------------

        [Theory]
        [InlineData(0, 9.99)]
        [InlineData(0, 31)]
        [InlineData(20, 10)]
        public void A_persona_window_is_10_to_30_seconds(double start, double end) =>
            Assert.Contains(new PersonaRequest { TaskId = "t", AudioId = "a", Name = "n", Description = "d", VocalStart = start, VocalEnd = end }.Validate(),
                p => p.Field == "vocalEnd");

        [Fact]
        public void The_default_persona_window_is_valid() =>
            Assert.Empty(new PersonaRequest { TaskId = "t", AudioId = "a", Name = "n", Description = "d" }.Validate());
    }
}
