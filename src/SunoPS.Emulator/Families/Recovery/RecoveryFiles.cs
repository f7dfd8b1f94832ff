using System.Globalization;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Http;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Families.Recovery;

/// <summary>
/// The recovered audio on the files origin: <c>recovered/&lt;generation&gt;/&lt;base64url(taskId_index)&gt;.m4a</c> (a minimal
/// M4A: ftyp, moov with the track's duration, mdat) or <c>.mp3</c> (silent MPEG audio as long as the track), served
/// while the record shows it.
/// </summary>
internal sealed class RecoveryFiles(EmulatorState state)
{
    public const string Prefix = "/recovered/";

    public IEnumerable<FileRoute> Routes => [new FileRoute(Prefix, HandleAsync)];

    public static string UrlOf(FileUrls urls, RecoveryTask task, int index, int generation) =>
        urls.Hosted(Prefix, generation, task.EncodedNameOf(index), task.IsMp3 ? ".mp3" : ".m4a");

    public Task HandleAsync(HttpContext context, string path)
    {
        if (!FileUrls.TryParseHosted(path.AsSpan(Prefix.Length), out var generation, out var name))
            return FileEndpoint.SendErrorAsync(context, StatusCodes.Status404NotFound);
        var dot = name.LastIndexOf('.');
        if (dot < 1
            || !FileNames.TryDecode(name[..dot], out var decoded)
            || decoded.Split('_') is not [var taskId, var indexText]
            || !int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || state.Tasks.Find<RecoveryTask>(taskId) is not { } task
            || index >= task.Source.Tracks.Count
            || name[dot..] != (task.IsMp3 ? ".mp3" : ".m4a"))
            return FileEndpoint.SendErrorAsync(context, StatusCodes.Status404NotFound);

        var expired = task.GenerationStatus(generation);
        if (expired != 0) return FileEndpoint.SendErrorAsync(context, expired);
        if (task.StatusAt(state.Clock.Now) == RecoveryStatus.Running || task.TrackFails[index])
            return FileEndpoint.SendErrorAsync(context, StatusCodes.Status404NotFound);

        var track = task.Source.Tracks[index];
        if (task.IsMp3)
        {
            var mp3 = SilentMp3.Create(track.Frames, state.Options.Mp3Kbps);
            return BodySender.SendAsync(context, StatusCodes.Status200OK, "audio/mpeg", mp3, acceptRanges: true,
                BodySender.EtagFor(task.EncodedNameOf(index), mp3.Length));
        }

        var m4a = IsoMediaFile.Audio(track.DurationSeconds);
        return BodySender.SendAsync(context, StatusCodes.Status200OK, IsoMediaFile.AudioContentType, new MemoryBody(m4a), acceptRanges: true,
            BodySender.EtagFor(task.EncodedNameOf(index), m4a.Length));
    }
}
