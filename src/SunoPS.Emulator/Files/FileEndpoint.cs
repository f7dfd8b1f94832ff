using System.Text;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Http;
using SunoPS.Emulator.Media;
using SunoPS.Emulator.Tasks;

namespace SunoPS.Emulator.Files;

/// <summary>
/// The files origin: serves a track's MP3 and cover image exactly while its record shows the URL,
/// answers expired generations with their code, and supports HEAD and byte ranges. No key is needed.
/// </summary>
internal sealed class FileEndpoint(EmulatorState state)
{
    public Task HandleAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method)) return SendErrorAsync(context, StatusCodes.Status405MethodNotAllowed);

        if (!FileRequest.TryParse(context.Request.Path.Value ?? "/", out var request)
            || !state.Tasks.TryFindTrack(request.TrackId, out var task, out var index))
            return SendErrorAsync(context, StatusCodes.Status404NotFound);

        var expired = request.Generation is { } generation ? task.GenerationStatus(generation) : task.SourceStatus;
        if (expired != 0) return SendErrorAsync(context, expired);

        if (!TrackPublication.IsPublished(task.StatusAt(state.Clock.Now), index, request.File))
            return SendErrorAsync(context, StatusCodes.Status404NotFound);

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

    /// <summary>A short plain-text answer for a missing or expired file, as a storage host sends.</summary>
    public static Task SendErrorAsync(HttpContext context, int status)
    {
        var text = status switch
        {
            403 => "Forbidden: the link has expired.",
            404 => "Not Found",
            405 => "Method Not Allowed",
            _ => $"HTTP {status}",
        };
        return BodySender.SendAsync(context, status, "text/plain; charset=utf-8", new MemoryBody(Encoding.UTF8.GetBytes(text)));
    }
}
