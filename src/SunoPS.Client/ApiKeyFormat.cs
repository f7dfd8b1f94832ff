namespace SunoPS.Client
{
    /// <summary>
    /// What a key must look like to be sent as <c>Authorization: Bearer &lt;key&gt;</c>: printable ASCII, no spaces.
    /// Anything else cannot go into an HTTP header (a line break would even split it), so it is refused before
    /// anything is sent. The answers describe the problem and never quote the key or a piece of it.
    /// </summary>
    public static class ApiKeyFormat
    {
        /// <summary>What keys may contain, for messages.</summary>
        public const string Rule = "a key is one word of printable ASCII characters";

        /// <summary>Why <paramref name="key"/> cannot be sent, or null when it can.</summary>
        public static string? Problem(string? key)
        {
            var verdict = new Verdict();
            if (key != null)
            {
                foreach (var c in key)
                {
                    if (!verdict.Take(c)) break;
                }
            }

            return verdict.Problem;
        }

        /// <summary>The same for <paramref name="count"/> characters of <paramref name="chars"/>, so a key need not become a string.</summary>
        public static string? Problem(char[] chars, int start, int count)
        {
            var verdict = new Verdict();
            for (var i = start; i < start + count; i++)
            {
                if (!verdict.Take(chars[i])) break;
            }

            return verdict.Problem;
        }

        /// <summary>The problem of a key that is empty or nothing but spaces: no key at all, rather than a wrong one.</summary>
        public const string Blank = "it is blank";

        private const string Space = "it contains a space";

        private struct Verdict
        {
            private bool _visible;
            private bool _space;
            private string? _bad;

            public string? Problem => _bad ?? (!_visible ? Blank : _space ? Space : null);

            /// <summary>Looks at one more character; false once the key is known to be unusable.</summary>
            public bool Take(char c)
            {
                if (c == ' ') _space = true;
                else if (c < ' ' || c == '\u007f') _bad = "it contains a control character (a line break or a tab, say)";
                else if (c > '\u007e') _bad = "it contains a character that is not ASCII";
                else _visible = true;
                return _bad == null;
            }
        }
    }
}
