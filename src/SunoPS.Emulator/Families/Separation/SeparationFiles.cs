using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Http;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Families.Separation;

/// <summary>
/// The stems on the files origin: <c>stems/&lt;generation&gt;/&lt;base64url(stem id)&gt;.mp3</c>, silent MP3s exactly as long
/// as the source track (the record's duration), served while the record shows them.
/// </summary>
internal sealed class SeparationFiles(EmulatorState state)
{
    public const string Prefix = "/stems/";
    private const string Extension = ".mp3";

    public IEnumerable<FileRoute> Routes => [new FileRoute(Prefix, HandleAsync)];

    public static string UrlOf(FileUrls urls, Stem stem, int generation) => urls.Hosted(Prefix, generation, stem.EncodedId, Extension);

    public Task HandleAsync(HttpContext context, string path)
    {
        if (!FileUrls.TryParseHosted(path.AsSpan(Prefix.Length), out var generation, out var name)
            || !name.EndsWith(Extension, StringComparison.Ordinal)
            || !FileNames.TryDecode(name[..^Extension.Length], out var idText)
            || !Guid.TryParseExact(idText, "D", out var stemId)
            || state.Tasks.FindByKey<SeparationTask>(new(SeparationTask.StemIndex, stemId)) is not { } task)
            return FileEndpoint.SendErrorAsync(context, StatusCodes.Status404NotFound);

        var expired = task.GenerationStatus(generation);
        if (expired != 0) return FileEndpoint.SendErrorAsync(context, expired);
        if (!task.StatusAt(state.Clock.Now).HasFiles()) return FileEndpoint.SendErrorAsync(context, StatusCodes.Status404NotFound);

        var body = SilentMp3.Create(task.Track.Frames, state.Options.Mp3Kbps);
        return BodySender.SendAsync(context, StatusCodes.Status200OK, "audio/mpeg", body,
            acceptRanges: true, BodySender.EtagFor(name, body.Length));
    }
}
