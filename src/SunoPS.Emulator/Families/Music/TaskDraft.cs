namespace SunoPS.Emulator.Families.Music;

/// <summary>What a task is made from: the fields of a generate request that shape its record.</summary>
internal sealed record TaskDraft(
    string ParamJson, string Model, bool CustomMode, bool Instrumental, string? Prompt, string? Style, string? Title);
