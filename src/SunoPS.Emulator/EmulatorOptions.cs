namespace SunoPS.Emulator;

/// <summary>Start-up settings of one emulator instance. Times are emulated seconds unless named "real".</summary>
public sealed class EmulatorOptions
{
    /// <summary>Port of the API origin; 0 picks a free port.</summary>
    public int ApiPort { get; set; }

    /// <summary>Port of the second origin that serves generated files; 0 picks a free port.</summary>
    public int FilesPort { get; set; }

    /// <summary>Port of the third origin, the file-upload host (suno-api.md §4.24); 0 picks a free port.</summary>
    public int UploadsPort { get; set; }

    /// <summary>The bearer key the API accepts; null accepts any non-empty key.</summary>
    public string? ApiKey { get; set; } = "emulator-key";

    /// <summary>Emulated seconds per real second (tests use e.g. 60).</summary>
    public double ClockSpeed { get; set; } = 1.0;

    /// <summary>Emulated time after creation when a task reaches TEXT_SUCCESS.</summary>
    public double TextStageSeconds { get; set; } = 10;

    /// <summary>Emulated time after creation when a task reaches FIRST_SUCCESS (stream URLs playable).</summary>
    public double FirstStageSeconds { get; set; } = 30;

    /// <summary>Emulated time after creation when a task reaches SUCCESS (download URLs).</summary>
    public double CompleteStageSeconds { get; set; } = 120;

    /// <summary>
    /// Spread of each stage across tasks: a task reaches TEXT_SUCCESS between <see cref="TextStageSeconds"/> and that plus
    /// this spread, at a point drawn from its id (so the same task always takes the same time). 0, the default, gives
    /// every task the same stage times. The documented timings (text ~10 s, first 30–40 s, complete 2–3 min) are
    /// 8 + 4, 30 + 10 and 120 + 60.
    /// </summary>
    public double TextStageSpreadSeconds { get; set; }

    /// <summary>Spread of FIRST_SUCCESS across tasks (see <see cref="TextStageSpreadSeconds"/>); 0 by default.</summary>
    public double FirstStageSpreadSeconds { get; set; }

    /// <summary>Spread of SUCCESS across tasks (see <see cref="TextStageSpreadSeconds"/>); 0 by default.</summary>
    public double CompleteStageSpreadSeconds { get; set; }

    /// <summary>How many stems a split_stem separation makes: 5 (the default) up to all 12 instrument fields of the record.</summary>
    public int SplitStemCount { get; set; } = 5;

    public long InitialCredits { get; set; } = 10000;

    public int CreditsPerGeneration { get; set; } = 12;

    /// <summary>Credits a WAV conversion (POST /api/v1/wav/generate) costs.</summary>
    public int CreditsPerWav { get; set; } = 1;

    /// <summary>Emulated time a WAV task stays PENDING before it finishes.</summary>
    public double WavSeconds { get; set; } = 15;

    /// <summary>Sample rate of the generated WAV files (8000…192000); tests use a low one to keep files small.</summary>
    public int WavSampleRate { get; set; } = 44100;

    /// <summary>Channels of the generated WAV files: 1 or 2.</summary>
    public int WavChannels { get; set; } = 2;

    /// <summary>false: errors are HTTP 200 with the code in the body (like the real API); true: the code is also the HTTP status.</summary>
    public bool ErrorsAsHttpStatus { get; set; }

    /// <summary>Submissions allowed per <see cref="GenerateWindowSeconds"/>; 0 = unlimited; the excess gets body code 430.</summary>
    public int GenerateLimit { get; set; } = 20;

    /// <summary>Length of the generate rate-limit window, in real seconds.</summary>
    public double GenerateWindowSeconds { get; set; } = 10;

    /// <summary>record-info and credit reads allowed per real second; 0 = unlimited; the excess gets body code 430.</summary>
    public int ReadLimitPerSecond { get; set; }

    /// <summary>Bit rate of the generated MP3 files (an MPEG-1 Layer III rate: 32…320).</summary>
    public int Mp3Kbps { get; set; } = 128;

    /// <summary>Length of every generated track; null derives a length per track (30–240 s) from its id.</summary>
    public double? DefaultTrackSeconds { get; set; }

    /// <summary>Post callbacks to any host; false (the default) posts only to loopback URLs (127.0.0.1, localhost, [::1]).</summary>
    public bool CallbacksToAnyHost { get; set; }

    /// <summary>Emulated seconds before the first retry of a callback that got no HTTP 200; each next retry waits twice as long.</summary>
    public double CallbackRetrySeconds { get; set; } = 2;

    /// <summary>Where to write one line per request; null (the default) keeps the emulator silent.</summary>
    public TextWriter? RequestLog { get; set; }

    internal EmulatorOptions Clone() => (EmulatorOptions)MemberwiseClone();

    internal void Validate()
    {
        if (ApiPort is < 0 or > 65535) throw new ArgumentOutOfRangeException(nameof(ApiPort));
        if (FilesPort is < 0 or > 65535) throw new ArgumentOutOfRangeException(nameof(FilesPort));
        if (UploadsPort is < 0 or > 65535) throw new ArgumentOutOfRangeException(nameof(UploadsPort));
        if (ApiPort != 0 && ApiPort == FilesPort) throw new ArgumentException("ApiPort and FilesPort must differ.", nameof(FilesPort));
        if (UploadsPort != 0 && (UploadsPort == ApiPort || UploadsPort == FilesPort))
            throw new ArgumentException("UploadsPort must differ from ApiPort and FilesPort.", nameof(UploadsPort));
        if (!(ClockSpeed > 0) || double.IsInfinity(ClockSpeed)) throw new ArgumentOutOfRangeException(nameof(ClockSpeed), "ClockSpeed must be a positive number.");
        if (TextStageSeconds < 0 || FirstStageSeconds < TextStageSeconds || CompleteStageSeconds < FirstStageSeconds)
            throw new ArgumentException("Stage times must satisfy 0 <= TextStageSeconds <= FirstStageSeconds <= CompleteStageSeconds.");
        if (!IsSpread(TextStageSpreadSeconds) || !IsSpread(FirstStageSpreadSeconds) || !IsSpread(CompleteStageSpreadSeconds))
            throw new ArgumentException("Stage spreads must be finite and not negative.");
        if (SplitStemCount is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(SplitStemCount), "SplitStemCount must be between 1 and 12.");
        if (CreditsPerGeneration < 0) throw new ArgumentOutOfRangeException(nameof(CreditsPerGeneration));
        if (CreditsPerWav < 0) throw new ArgumentOutOfRangeException(nameof(CreditsPerWav));
        if (!(WavSeconds >= 0) || double.IsInfinity(WavSeconds)) throw new ArgumentOutOfRangeException(nameof(WavSeconds), "WavSeconds must be finite and not negative.");
        if (WavSampleRate is < 8000 or > 192000) throw new ArgumentOutOfRangeException(nameof(WavSampleRate), "WavSampleRate must be between 8000 and 192000.");
        if (WavChannels is < 1 or > 2) throw new ArgumentOutOfRangeException(nameof(WavChannels), "WavChannels must be 1 or 2.");
        if (GenerateLimit < 0) throw new ArgumentOutOfRangeException(nameof(GenerateLimit));
        if (!(GenerateWindowSeconds > 0)) throw new ArgumentOutOfRangeException(nameof(GenerateWindowSeconds));
        if (ReadLimitPerSecond < 0) throw new ArgumentOutOfRangeException(nameof(ReadLimitPerSecond));
        if (!Media.SilentMp3.IsSupportedBitrate(Mp3Kbps))
            throw new ArgumentOutOfRangeException(nameof(Mp3Kbps), "Mp3Kbps must be an MPEG-1 Layer III bit rate (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320).");
        if (!(CallbackRetrySeconds >= 0) || double.IsInfinity(CallbackRetrySeconds)) throw new ArgumentOutOfRangeException(nameof(CallbackRetrySeconds), "CallbackRetrySeconds must be finite and not negative.");
        if (DefaultTrackSeconds is { } s && !(s > 0)) throw new ArgumentOutOfRangeException(nameof(DefaultTrackSeconds));
    }

    private static bool IsSpread(double seconds) => seconds >= 0 && double.IsFinite(seconds);
}
