namespace SunoPS.Emulator.Families.Music;

/// <summary>What a task is made from: the fields of a music request that shape its record.</summary>
internal sealed record TaskDraft(
    string ParamJson, string Model, bool CustomMode, bool Instrumental, string? Prompt, string? Style, string? Title)
{
    /// <summary>The record's <c>operationType</c>: generate, extend, upload_cover… (see <see cref="OperationTypes"/>).</summary>
    public string OperationType { get; init; } = OperationTypes.Generate;

    /// <summary>The record's <c>parentMusicId</c>: the source track of an extension, "" otherwise.</summary>
    public string ParentMusicId { get; init; } = "";

    /// <summary>The lyrics the tracks carry when the request says them otherwise than in <see cref="Prompt"/> (fullLyrics, a source's lyrics).</summary>
    public string? Lyrics { get; init; }

    /// <summary>Track length when the request fixes it (a cover or a section edit keeps its source's length).</summary>
    public double? TrackSeconds { get; init; }

    /// <summary>An extension's tracks are this much of the source plus the new part, so always longer than it.</summary>
    public double? ContinueAtSeconds { get; init; }
}
