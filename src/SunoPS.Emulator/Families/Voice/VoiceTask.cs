using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Families.Voice;

/// <summary>A custom voice made from a validation and a recording of its phrase: success gives a <c>voiceId</c>.</summary>
internal sealed class VoiceTask(string taskId, VoiceValidationTask validation, string verifyUrl, string? voiceName, string singerSkillLevel,
    string callbackUrl, CompletionStamp times, string final) : IEmulatedTask
{
    private readonly FileGenerations _generations = new();

    public string TaskId { get; } = taskId;
    public VoiceValidationTask Validation { get; } = validation;
    public string VerifyUrl { get; } = verifyUrl;
    public string? VoiceName { get; } = voiceName;
    public string SingerSkillLevel { get; } = singerSkillLevel;
    public string CallbackUrl { get; } = callbackUrl;
    public CompletionStamp Times { get; } = times;

    /// <summary>success or fail.</summary>
    public string Final { get; } = final;

    public string VoiceId { get; } = "voice_" + taskId[..16];

    public IEnumerable<TaskKey> Keys => [];

    public int FileGeneration => _generations.Current;

    public string StatusNameAt(double now) => VoiceStatus.At(Times.AgeAt(now), Times.DoneAfter, Final);

    public int ExpireFiles(int code) => _generations.Expire(code);
}
