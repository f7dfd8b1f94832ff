using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Families.Voice;

/// <summary>
/// A voice validation: a recording and the seconds that hold the singing, turned into a phrase to sing back. It
/// waits, processes, then shows the phrase (wait_validating) or fails (processing_validate_fail). A regenerate makes
/// a new one of the same recording with the next phrase (<see cref="Round"/>).
/// </summary>
internal sealed class VoiceValidationTask(string taskId, string voiceUrl, int vocalStart, int vocalEnd, string language, int round,
    string callbackUrl, CompletionStamp times, string final) : IEmulatedTask
{
    private readonly FileGenerations _generations = new();

    public string TaskId { get; } = taskId;
    public string VoiceUrl { get; } = voiceUrl;
    public int VocalStart { get; } = vocalStart;
    public int VocalEnd { get; } = vocalEnd;
    public string Language { get; } = language;
    public int Round { get; } = round;
    public string CallbackUrl { get; } = callbackUrl;
    public CompletionStamp Times { get; } = times;

    /// <summary>wait_validating (the phrase is ready) or processing_validate_fail.</summary>
    public string Final { get; } = final;

    public string Phrase => VoicePhrases.For(Language, Round);

    public IEnumerable<TaskKey> Keys => [];

    public int FileGeneration => _generations.Current;

    public string StatusNameAt(double now) => VoiceStatus.At(Times.AgeAt(now), Times.DoneAfter, Final);

    public int ExpireFiles(int code) => _generations.Expire(code);
}
