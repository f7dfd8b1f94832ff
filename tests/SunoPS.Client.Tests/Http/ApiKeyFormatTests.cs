using Xunit;

namespace SunoPS.Client.Tests.Http
{
    /// <summary>Which keys can be sent as a bearer token, and what is said of those that cannot.</summary>
    public sealed class ApiKeyFormatTests
    {
        [Theory]
        [InlineData("sk-0123456789abcdef")]
        [InlineData("emulator-key")]
        [InlineData("aZ09-._~+/=!#$%&'*^`|")]
        public void Printable_ascii_words_are_keys(string key)
        {
            Assert.Null(ApiKeyFormat.Problem(key));
            Assert.Null(ApiKeyFormat.Problem(key.ToCharArray(), 0, key.Length));
        }

        [Theory]
        [InlineData(null, ApiKeyFormat.Blank)]
        [InlineData("", ApiKeyFormat.Blank)]
        [InlineData("   ", ApiKeyFormat.Blank)]
        [InlineData("ab cd", "space")]
        [InlineData(" abcd", "space")]
        [InlineData("ab\ncd", "control character")]
        [InlineData("ab\rcd", "control character")]
        [InlineData("ab\tcd", "control character")]
        [InlineData("ab\0cd", "control character")]
        [InlineData("ab\u007fcd", "control character")]
        [InlineData("abcé", "not ASCII")]
        [InlineData("ab\u00a0cd", "not ASCII")]
        [InlineData("ab\u200bcd", "not ASCII")]
        [InlineData("ab cd\n", "control character")] // the worse problem wins
        public void Other_keys_have_a_problem(string? key, string problem)
        {
            var said = ApiKeyFormat.Problem(key);

            Assert.NotNull(said);
            Assert.Contains(problem, said);
            if (key != null)
            {
                Assert.Equal(said, ApiKeyFormat.Problem(key.ToCharArray(), 0, key.Length));
            }
        }

        [Fact]
        public void Only_the_given_range_of_a_char_array_is_judged()
        {
            var chars = " key-0123 ".ToCharArray();

            Assert.Null(ApiKeyFormat.Problem(chars, 1, chars.Length - 2));
            Assert.Equal(ApiKeyFormat.Blank, ApiKeyFormat.Problem(chars, 0, 0));
        }
    }
}
