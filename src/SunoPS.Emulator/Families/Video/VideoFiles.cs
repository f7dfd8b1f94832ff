using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Http;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Families.Video;

/// <summary>
/// The video part of the files origin: <c>video/&lt;generation&gt;/&lt;base64url(task id)&gt;.mp4</c>, a minimal MP4
/// (ftyp, moov with the track's duration, mdat), served while the record shows its URL.
/// </summary>
internal sealed class VideoFiles(EmulatorState state)
{
    public const string Prefix = "/video/";
    private const string Extension = ".mp4";

    public IEnumerable<FileRoute> Routes => [new FileRoute(Prefix, HandleAsync)];

    public static string UrlOf(FileUrls urls, VideoTask task, int generation) => urls.Hosted(Prefix, generation, task.EncodedId, Extension);

    public Task HandleAsync(HttpContext context, string path)
    {
        if (!FileUrls.TryParseHosted(path.AsSpan(Prefix.Length), out var generation, out var name)
            || !name.EndsWith(Extension, StringComparison.Ordinal)
            || !FileNames.TryDecode(name[..^Extension.Length], out var taskId)
            || state.Tasks.Find<VideoTask>(taskId) is not { } task)
            return FileEndpoint.SendErrorAsync(context, StatusCodes.Status404NotFound);

        var expired = task.GenerationStatus(generation);
        if (expired != 0) return FileEndpoint.SendErrorAsync(context, expired);
        if (!task.StatusAt(state.Clock.Now).HasFile()) return FileEndpoint.SendErrorAsync(context, StatusCodes.Status404NotFound);

        var body = IsoMediaFile.Video(task.Track.DurationSeconds);
        return BodySender.SendAsync(context, StatusCodes.Status200OK, IsoMediaFile.VideoContentType, new MemoryBody(body),
            acceptRanges: true, BodySender.EtagFor(task.EncodedId, body.Length));
    }
}
