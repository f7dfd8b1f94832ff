using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Http;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Families.Wav;

/// <summary>
/// The WAV part of the files origin: <c>w/&lt;generation&gt;/&lt;base64url(wav task id)&gt;.wav</c>, a valid RIFF/WAVE
/// file of silence as long as the source track's reported duration, served while the record shows its URL.
/// </summary>
internal sealed class WavFiles(EmulatorState state)
{
    public const string Prefix = "/w/";
    private const string Extension = ".wav";

    public IEnumerable<FileRoute> Routes => [new FileRoute(Prefix, HandleAsync)];

    public static string UrlOf(FileUrls urls, WavTask task, int generation) => urls.Hosted(Prefix, generation, task.EncodedId, Extension);

    /// <summary>Samples per channel: the track's reported duration, to the sample.</summary>
    public static long SamplesOf(WavTask task, int sampleRate) => (long)Math.Round((decimal)task.Track.DurationSeconds * sampleRate);

    public Task HandleAsync(HttpContext context, string path)
    {
        if (!FileUrls.TryParseHosted(path.AsSpan(Prefix.Length), out var generation, out var name)
            || !name.EndsWith(Extension, StringComparison.Ordinal)
            || !FileNames.TryDecode(name[..^Extension.Length], out var taskId)
            || state.Tasks.Find<WavTask>(taskId) is not { } task)
            return FileEndpoint.SendErrorAsync(context, StatusCodes.Status404NotFound);

        var expired = task.GenerationStatus(generation);
        if (expired != 0) return FileEndpoint.SendErrorAsync(context, expired);
        if (!task.StatusAt(state.Clock.Now).HasFile()) return FileEndpoint.SendErrorAsync(context, StatusCodes.Status404NotFound);

        var options = state.Options;
        var body = SilentWav.Create(SamplesOf(task, options.WavSampleRate), options.WavSampleRate, options.WavChannels);
        return BodySender.SendAsync(context, StatusCodes.Status200OK, SilentWav.ContentType, body,
            acceptRanges: true, BodySender.EtagFor(task.EncodedId, body.Length));
    }
}
