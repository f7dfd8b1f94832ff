using System.Globalization;

namespace SunoPS.Emulator.Hosting;

/// <summary>The executable's arguments, parsed into options and process flags.</summary>
internal sealed class CommandLine
{
    public const string Usage = """
        Usage: dotnet SunoPS.Emulator.dll [options]

        Runs a local emulator of the sunoapi.org music API (music and WAV families, file uploads) on 127.0.0.1 and prints one line:
          SunoPS emulator listening api=http://127.0.0.1:P/ files=http://127.0.0.1:Q/ uploads=http://127.0.0.1:R/

        Options:
          --port N                 API port (default: a free port)
          --files-port N           port of the generated-files origin (default: a free port)
          --uploads-port N         port of the file-upload origin (default: a free port)
          --key K                  the accepted API key (default: emulator-key)
          --any-key                accept any non-empty key
          --speed X                emulated seconds per real second (default: 1)
          --credits N              initial credit balance (default: 10000)
          --read-limit N           record-info + credit reads per second, 0 = unlimited (default: 0)
          --generate-limit N       generate submissions per 10 s, 0 = unlimited (default: 20)
          --http-status-errors     send error codes as HTTP statuses too (default: HTTP 200 + body code)
          --track-seconds S        length of every track (default: 30-240 s, derived from the track id)
          --text-seconds S         emulated time to TEXT_SUCCESS (default: 10)
          --first-seconds S        emulated time to FIRST_SUCCESS (default: 30)
          --complete-seconds S     emulated time to SUCCESS (default: 120)
          --text-spread S          spread of TEXT_SUCCESS across tasks, drawn per task (default: 0)
          --first-spread S         spread of FIRST_SUCCESS across tasks (default: 0)
          --complete-spread S      spread of SUCCESS across tasks (default: 0)
          --split-stems N          stems of a split_stem separation, 1-12 (default: 5)
          --kbps N                 MP3 bit rate, 32-320 (default: 128)
          --wav-seconds S          emulated time a WAV conversion takes (default: 15)
          --wav-sample-rate N      sample rate of WAV files, 8000-192000 (default: 44100)
          --wav-channels N         channels of WAV files, 1 or 2 (default: 2)
          --callbacks-any-host     post callbacks to any host (default: loopback callBackUrls only)
          --callback-retry-seconds S  emulated delay before a callback's first retry, doubling (default: 2)
          --exit-on-stdin-close    stop when standard input reaches end-of-file
          --verbose                log each request to standard error
          --help                   show this text

        Stops on Ctrl+C or SIGTERM. Prompt magic words and control endpoints: see README.md.
        """;

    public EmulatorOptions Options { get; } = new();

    public bool ShowHelp { get; private set; }

    public bool Verbose { get; private set; }

    public bool ExitOnStdinClose { get; private set; }

    /// <summary>Parses the arguments; throws <see cref="FormatException"/> with a message for the user.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var result = new CommandLine();
        var o = result.Options;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? inline = null;
            var eq = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 0) (arg, inline) = (arg[..eq], arg[(eq + 1)..]);

            switch (arg.ToLowerInvariant())
            {
                case "--help" or "-h" or "-?" or "/?": result.ShowHelp = true; break;
                case "--verbose": result.Verbose = true; break;
                case "--exit-on-stdin-close": result.ExitOnStdinClose = true; break;
                case "--any-key": o.ApiKey = null; break;
                case "--http-status-errors": o.ErrorsAsHttpStatus = true; break;
                case "--callbacks-any-host": o.CallbacksToAnyHost = true; break;
                case "--callback-retry-seconds": o.CallbackRetrySeconds = Number(Value()); break;
                case "--port": o.ApiPort = Int(Value()); break;
                case "--files-port": o.FilesPort = Int(Value()); break;
                case "--uploads-port": o.UploadsPort = Int(Value()); break;
                case "--key": o.ApiKey = Value(); break;
                case "--speed": o.ClockSpeed = Number(Value()); break;
                case "--credits": o.InitialCredits = Long(Value()); break;
                case "--read-limit": o.ReadLimitPerSecond = Int(Value()); break;
                case "--generate-limit": o.GenerateLimit = Int(Value()); break;
                case "--track-seconds": o.DefaultTrackSeconds = Number(Value()); break;
                case "--text-seconds": o.TextStageSeconds = Number(Value()); break;
                case "--first-seconds": o.FirstStageSeconds = Number(Value()); break;
                case "--complete-seconds": o.CompleteStageSeconds = Number(Value()); break;
                case "--text-spread": o.TextStageSpreadSeconds = Number(Value()); break;
                case "--first-spread": o.FirstStageSpreadSeconds = Number(Value()); break;
                case "--complete-spread": o.CompleteStageSpreadSeconds = Number(Value()); break;
                case "--split-stems": o.SplitStemCount = Int(Value()); break;
                case "--kbps": o.Mp3Kbps = Int(Value()); break;
                case "--wav-seconds": o.WavSeconds = Number(Value()); break;
                case "--wav-sample-rate": o.WavSampleRate = Int(Value()); break;
                case "--wav-channels": o.WavChannels = Int(Value()); break;
                default: throw new FormatException($"Unknown argument '{args[i]}'. Use --help for usage.");
            }

            string Value()
            {
                if (inline is not null) return inline;
                if (i + 1 >= args.Count) throw new FormatException($"{arg} needs a value.");
                return args[++i];
            }

            int Int(string text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw Bad(text);
            long Long(string text) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw Bad(text);
            double Number(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw Bad(text);
            FormatException Bad(string text) => new($"{arg} expects a number, not '{text}'.");
        }

        return result;
    }
}
