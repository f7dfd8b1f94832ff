using System.Text;
using SunoPS.Client.Downloads;
using Xunit;

namespace SunoPS.Client.Tests.Downloads
{
    /// <summary>A long title must not cut the id off a file name: two tracks would share the name and the second be "skipped".</summary>
    public class LongNameTests
    {
        private static SunoTaskOutput Song(string id, string title, int index = 1) => new SunoTaskOutput
        {
            Kind = SunoOutputKind.Audio, Id = id, TaskId = "task-1", Title = title, Index = index, Url = "https://files.example/" + id + ".mp3",
        };

        [Theory]
        [InlineData("{Title} - {ShortId}")]
        [InlineData("{Title} {Index} {Id}")]
        [InlineData("{Title}{Title} - {TaskId} - {ShortId}")]
        public void A_title_past_the_name_limit_is_shortened_and_every_id_kept(string pattern)
        {
            var title = new string('a', 150) + " " + new string('ß', 120) + " 🎵🎵🎵";
            var template = FileNameTemplate.Parse(pattern);
            var first = template.Expand(Song("6471dc8b-1111-4000-8000-000000000001", title));
            var second = template.Expand(Song("7a2e99f0-2222-4000-8000-000000000002", title, index: 2));

            Assert.NotEqual(first, second);
            Assert.True(Encoding.UTF8.GetByteCount(first) <= SafeFileName.MaxUtf8Bytes, first);
            if (pattern.Contains("{ShortId}")) Assert.EndsWith("6471dc8b", first);
            if (pattern.Contains("{Id}")) Assert.EndsWith("6471dc8b-1111-4000-8000-000000000001", first);
            Assert.StartsWith("aaaa", first);
        }

        [Fact]
        public void A_short_title_is_left_as_it_is()
        {
            Assert.Equal("Rain - 6471dc8b", FileNameTemplate.Default.Expand(Song("6471dc8b-1111", "Rain")));
        }
    }
}
