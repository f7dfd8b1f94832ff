namespace SunoPS.Emulator;

/// <summary>
/// The settings that can change while the emulator runs (POST /_emulator/settings). When applied, null
/// properties are left as they are; when read back, all are filled in.
/// </summary>
public sealed class EmulatorSettings
{
    public double? ClockSpeed { get; set; }

    public int? ReadLimitPerSecond { get; set; }

    public int? GenerateLimit { get; set; }

    public double? GenerateWindowSeconds { get; set; }

    public bool? ErrorsAsHttpStatus { get; set; }

    /// <summary>The credit balance.</summary>
    public long? Credits { get; set; }

    public int? CreditsPerGeneration { get; set; }

    /// <summary>Credits a WAV conversion costs.</summary>
    public int? CreditsPerWav { get; set; }
}
