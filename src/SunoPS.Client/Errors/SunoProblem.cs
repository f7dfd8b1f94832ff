using System.Collections.Generic;

namespace SunoPS.Client.Errors
{
    /// <summary>The rule a request field broke.</summary>
    public enum SunoProblemRule
    {
        /// <summary>The field is required (here: <see cref="SunoProblem.Condition"/> says when).</summary>
        Required,

        /// <summary>Longer than <see cref="SunoProblem.Limit"/> characters for <see cref="SunoProblem.Condition"/> (a model, or simple mode).</summary>
        TooLong,

        /// <summary>A number outside <see cref="SunoProblem.Minimum"/>…<see cref="SunoProblem.Maximum"/>.</summary>
        OutOfRange,

        /// <summary>Not one of <see cref="SunoProblem.Allowed"/>.</summary>
        NotAllowedValue,

        /// <summary>Given where it does not apply (<see cref="SunoProblem.Condition"/> says where it does).</summary>
        NotApplicable,

        /// <summary>Not an absolute http or https URL.</summary>
        NotHttpUrl,

        /// <summary>Not in the form the field takes (<see cref="SunoProblem.Condition"/> says which).</summary>
        Malformed,

        /// <summary>Not greater than <see cref="SunoProblem.RelatedField"/>, as it must be.</summary>
        NotAfter,

        /// <summary>
        /// The span from <see cref="SunoProblem.RelatedField"/> to this field (<see cref="SunoProblem.Value"/> seconds) is
        /// outside <see cref="SunoProblem.Minimum"/>…<see cref="SunoProblem.Maximum"/>.
        /// </summary>
        WindowOutOfRange,

        /// <summary>A list with <see cref="SunoProblem.Value"/> items where exactly <see cref="SunoProblem.Limit"/> are required.</summary>
        WrongCount,

        /// <summary>Audio of <see cref="SunoProblem.Value"/> seconds where <see cref="SunoProblem.Maximum"/> is allowed for <see cref="SunoProblem.Condition"/>.</summary>
        AudioTooLong,

        /// <summary>A local file that does not exist or cannot be read.</summary>
        FileNotFound,

    }

    /// <summary>
    /// One reason a request was refused before sending, in terms of the API's field names. The client phrases
    /// nothing for PowerShell; the cmdlet layer turns these into words that name its own parameters.
    /// </summary>
    public sealed class SunoProblem
    {
        public SunoProblem(string field, SunoProblemRule rule)
        {
            Field = field;
            Rule = rule;
        }

        /// <summary>The API's name of the field (<c>prompt</c>, <c>styleWeight</c>…).</summary>
        public string Field { get; }

        public SunoProblemRule Rule { get; }

        /// <summary>The value given, when it matters to the message (a length, a model).</summary>
        public object? Value { get; set; }

        /// <summary>The circumstance the rule holds in: a model name, "custom mode", "simple mode", "instrumental".</summary>
        public string? Condition { get; set; }

        public int? Limit { get; set; }
        public double? Minimum { get; set; }
        public double? Maximum { get; set; }
        public IReadOnlyList<string>? Allowed { get; set; }

        /// <summary>The other field a rule compares with (the start of a window).</summary>
        public string? RelatedField { get; set; }

        public override string ToString() => Field + ": " + Rule + (Condition == null ? "" : " (" + Condition + ")");
    }
}
