using System.Collections.Generic;

namespace SunoPS.Infrastructure
{
    /// <summary>
    /// Switch cells that were neither true nor false, recorded while PowerShell binds a row (the transformation has no
    /// cmdlet to report to) and taken by the submission of that row. Binding and processing of a row run on the same
    /// pipeline thread, one after the other, hence one list per thread.
    /// </summary>
    internal static class SwitchCellProblems
    {
        [System.ThreadStatic]
        private static List<string>? _pending;

        public static void Record(string problem) => (_pending ??= new List<string>()).Add(problem);

        /// <summary>The problems of the row just bound, or null; the list is empty afterwards.</summary>
        public static string? Take()
        {
            if (_pending == null || _pending.Count == 0) return null;
            var text = string.Join(" ", _pending);
            _pending.Clear();
            return text;
        }
    }
}
