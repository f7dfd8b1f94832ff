using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using SunoPS.Client.Errors;
using SunoPS.Client.Lyrics;
using SunoPS.Client.Requests;
using SunoPS.Client.Tests.Support;
using Xunit;

namespace SunoPS.Client.Tests.Lyrics
{
    /// <summary>The synchronous helpers: timestamped lyrics (and LRC), persona, style boost (suno-api.md §4.12–§4.14).</summary>
    public sealed class TimestampedLyricsTests
    {
        private const string Documented =
            "{\"alignedWords\":[{\"word\":\"[Verse]\\nWaggin'\",\"success\":true,\"startS\":1.36,\"endS\":1.79,\"palign\":0}],\"waveformData\":[0,1,0.5,0.75],\"hootCer\":0.3803191489361702,\"isStreamed\":false}";

        private static SunoTimestampedLyrics Read(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return AlignedWordReader.Read(doc.RootElement, "t", "a");
        }

        [Fact]
        public void The_documented_example_keeps_the_section_apart_from_the_word()
        {
            var lyrics = Read(Documented);

            var word = Assert.Single(lyrics.Words);
            Assert.Equal("Waggin'", word.Word);
            Assert.Equal("Verse", word.Section);
            Assert.Equal(1.36, word.StartS);
            Assert.Equal(1.79, word.EndS);
            Assert.True(word.Success);
            Assert.Equal(0, word.Palign);
            Assert.Equal("[Verse]\nWaggin'", word.RawWord);
            Assert.Equal(new[] { 0, 1, 0.5, 0.75 }, lyrics.WaveformData);
            Assert.Equal(0.3803191489361702, lyrics.HootCer);
            Assert.False(lyrics.IsStreamed);
        }

        [Fact]
        public void Lines_and_sections_become_LRC()
        {
            var lyrics = Read("{\"alignedWords\":[" +
                              "{\"word\":\"[Verse]\\nCity\",\"startS\":1.5,\"endS\":2},{\"word\":\"lights\\n\",\"startS\":2.1,\"endS\":2.5}," +
                              "{\"word\":\"shine\",\"startS\":62.25,\"endS\":63},{\"word\":\"[Chorus]\",\"startS\":70,\"endS\":70}," +
                              "{\"word\":\"\\nOh\",\"startS\":70.005,\"endS\":71}]}");

            Assert.Equal(new[] { "City", "lights", "shine", "Oh" }, lyrics.Words.Select(w => w.Word));
            Assert.Equal(new[] { "Verse", "Verse", "Verse", "Chorus" }, lyrics.Words.Select(w => w.Section));
            Assert.Equal("[ti:Night]\n[00:01.50]City lights\n[01:02.25]shine\n[01:10.01]Oh\n", lyrics.ToLrc("Night"));
        }

        [Fact]
        public void An_instrumental_has_no_words_and_an_empty_LRC()
        {
            var lyrics = Read("{\"alignedWords\":[],\"waveformData\":[]}");
            Assert.Empty(lyrics.Words);
            Assert.Equal("", lyrics.ToLrc());
        }

        [Fact]
        public async Task Timestamped_lyrics_are_a_retried_read_of_taskId_and_audioId()
        {
            var calls = 0;
            var server = new FakeHandler(_ => ++calls == 1 ? FakeHandler.Envelope(500, msg: "boom") : FakeHandler.Envelope(200, Documented));
            using (var client = new SunoClient(FakeHandler.Options(), server))
            {
                var lyrics = await client.GetTimestampedLyricsAsync(" t1 ", "a1");
                Assert.Equal("t1", lyrics.TaskId);
            }

            Assert.Equal(2, server.Count);
            Assert.Equal("http://api.test/api/v1/generate/get-timestamped-lyrics", server.Seen[1].Uri.AbsoluteUri);
            Assert.Equal("{\"audioId\":\"a1\",\"taskId\":\"t1\"}", server.Seen[1].Body);
        }

        [Fact]
        public async Task A_persona_is_created_and_a_second_one_is_AlreadyExists()
        {
            var calls = 0;
            var server = new FakeHandler(_ => ++calls == 1
                ? FakeHandler.Envelope(200, "{\"personaId\":\"p-1\",\"name\":\"Ava\",\"description\":\"Warm\"}")
                : FakeHandler.Envelope(409, msg: "Persona already exists for this music"));
            using var client = new SunoClient(FakeHandler.Options(), server);
            var request = new PersonaRequest { TaskId = "t", AudioId = "a", Name = "Ava", Description = "Warm", VocalStart = 5, VocalEnd = 25 };

            var persona = await client.CreatePersonaAsync(request);
            var error = await Assert.ThrowsAsync<SunoException>(() => client.CreatePersonaAsync(request));

            Assert.Equal("p-1", persona.PersonaId);
            Assert.Equal("a", persona.AudioId);
            Assert.Equal("{\"audioId\":\"a\",\"description\":\"Warm\",\"name\":\"Ava\",\"taskId\":\"t\",\"vocalEnd\":25,\"vocalStart\":5}", server.Seen[0].Body);
            Assert.Equal(SunoErrorKind.AlreadyExists, error.Kind);
            Assert.Contains("Persona already exists", error.Message);
            Assert.Equal(2, server.Count);
        }

        [Fact]
        public async Task A_persona_request_breaking_the_rules_sends_nothing()
        {
            var server = new FakeHandler(_ => FakeHandler.Envelope(200, "{}"));
            using var client = new SunoClient(FakeHandler.Options(), server);

            var error = await Assert.ThrowsAsync<SunoException>(() => client.CreatePersonaAsync(new PersonaRequest { TaskId = "t", AudioId = "a" }));

            Assert.NotEmpty(error.Problems);
            Assert.Equal(0, server.Count);
        }

        [Fact]
        public async Task A_style_boost_keeps_credits_exact()
        {
            var server = new FakeHandler(_ => FakeHandler.Envelope(200,
                "{\"taskId\":\"s-1\",\"param\":\"{}\",\"result\":\"Pop, mysterious, airy synths\",\"creditsConsumed\":0.4,\"creditsRemaining\":99.6,\"successFlag\":\"1\",\"errorCode\":null,\"errorMessage\":null,\"createTime\":1764690657000}"));
            using var client = new SunoClient(FakeHandler.Options(), server);

            var boost = await client.BoostStyleAsync("Pop, Mysterious");

            Assert.Equal("Pop, mysterious, airy synths", boost.Style);
            Assert.Equal(0.4m, boost.CreditsConsumed);
            Assert.Equal(99.6m, boost.CreditsRemaining);
            Assert.Equal("1", boost.SuccessFlag);
            Assert.Equal("{\"content\":\"Pop, Mysterious\"}", Assert.Single(server.Seen).Body);
        }
    }
}
