using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Http;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// The music part of the files origin (f/ and cdn/): a track's MP3 and cover image, exactly while its record
/// shows the URL; expired generations answer their code.
/// </summary>
internal sealed class MusicFiles(EmulatorState state)
{
    public IEnumerable<FileRoute> Routes =>
    [
        new FileRoute(MusicFileUrls.HostedPrefix, HandleAsync),
        new FileRoute(MusicFileUrls.CdnPrefix, HandleAsync),
    ];

    public Task HandleAsync(HttpContext context, string path)
    {
        if (!MusicFileRequest.TryParse(path, out var request)
            || state.Tasks.FindByKey<MusicTask>(new(MusicTask.TrackIndex, request.TrackId)) is not { } task)
            return FileEndpoint.SendErrorAsync(context, StatusCodes.Status404NotFound);

        var expired = request.Generation is { } generation ? task.GenerationStatus(generation) : task.SourceStatus;
        if (expired != 0) return FileEndpoint.SendErrorAsync(context, expired);

        var index = task.IndexOf(request.TrackId);
        if (!TrackPublication.IsPublished(task.StatusAt(state.Clock.Now), index, request.File))
            return FileEndpoint.SendErrorAsync(context, StatusCodes.Status404NotFound);

        var track = task.Tracks[index];
        return request.IsImage
            ? BodySender.SendAsync(context, StatusCodes.Status200OK, CoverImage.ContentType, new MemoryBody(CoverImage.Jpeg),
                acceptRanges: true, BodySender.EtagFor(track.EncodedId + "-image", CoverImage.Jpeg.Length))
            : SendAudioAsync(context, track);
    }

    private Task SendAudioAsync(HttpContext context, Track track)
    {
        var body = SilentMp3.Create(track.Frames, state.Options.Mp3Kbps);
        return BodySender.SendAsync(context, StatusCodes.Status200OK, "audio/mpeg", body,
            acceptRanges: true, BodySender.EtagFor(track.EncodedId, body.Length));
    }
}
