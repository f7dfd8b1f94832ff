using System.Globalization;
using System.Text.RegularExpressions;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// Bracketed words in a prompt, style or title that steer a task, so runbooks and tests can reach
/// every outcome without a control call: [fail], [sensitive], [create-fail], [callback-fail],
/// [slow] and [duration:N]. Matching ignores case.
/// </summary>
internal sealed partial record MagicWords(
    bool Fail, bool Sensitive, bool CreateFail, bool CallbackFail, bool Slow, double? DurationSeconds)
{
    public static readonly MagicWords None = new(false, false, false, false, false, null);

    /// <summary>Stages of a [slow] task take this many times longer.</summary>
    public const double SlowFactor = 10;

    public TaskOutcome Outcome =>
        Sensitive ? TaskOutcome.SensitiveWord
        : CreateFail ? TaskOutcome.CreateFailed
        : Fail ? TaskOutcome.AudioFailed
        : CallbackFail ? TaskOutcome.CallbackException
        : TaskOutcome.Success;

    public static MagicWords Find(params string?[] texts)
    {
        var found = None;
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text) || !text.Contains('[')) continue;
            foreach (Match m in Pattern().Matches(text))
            {
                var word = m.Groups["word"].Value.ToLowerInvariant();
                found = word switch
                {
                    "fail" => found with { Fail = true },
                    "sensitive" => found with { Sensitive = true },
                    "create-fail" => found with { CreateFail = true },
                    "callback-fail" => found with { CallbackFail = true },
                    "slow" => found with { Slow = true },
                    _ when double.TryParse(m.Groups["seconds"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0
                        => found with { DurationSeconds = s },
                    _ => found,
                };
            }
        }

        return found;
    }

    [GeneratedRegex(@"\[\s*(?<word>fail|sensitive|create-fail|callback-fail|slow|duration\s*:\s*(?<seconds>\d+(?:\.\d+)?))\s*\]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
