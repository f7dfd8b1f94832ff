using System.Globalization;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Files;
using SunoPS.Emulator.Http;
using SunoPS.Emulator.Media;

namespace SunoPS.Emulator.Families.CoverArt;

/// <summary>
/// The cover-art part of the files origin: <c>cover-art/&lt;generation&gt;/&lt;base64url(task id)&gt;_&lt;n&gt;.png</c>, real
/// PNG pictures (a different one per n), served while the record shows them.
/// </summary>
internal sealed class CoverArtFiles(EmulatorState state)
{
    public const string Prefix = "/cover-art/";
    private const string Extension = ".png";

    public IEnumerable<FileRoute> Routes => [new FileRoute(Prefix, HandleAsync)];

    public static string UrlOf(FileUrls urls, CoverArtTask task, int number, int generation) =>
        urls.Hosted(Prefix, generation, task.EncodedId + "_" + number.ToString(CultureInfo.InvariantCulture), Extension);

    public Task HandleAsync(HttpContext context, string path)
    {
        if (!FileUrls.TryParseHosted(path.AsSpan(Prefix.Length), out var generation, out var name)
            || !name.EndsWith(Extension, StringComparison.Ordinal)
            || name[..^Extension.Length].Split('_') is not [var encoded, var numberText]
            || !int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number is < 1 or > CoverArtFamily.ImageCount
            || !FileNames.TryDecode(encoded, out var taskId)
            || state.Tasks.Find<CoverArtTask>(taskId) is not { } task)
            return FileEndpoint.SendErrorAsync(context, StatusCodes.Status404NotFound);

        var expired = task.GenerationStatus(generation);
        if (expired != 0) return FileEndpoint.SendErrorAsync(context, expired);
        if (task.StatusAt(state.Clock.Now) != CoverArtStatus.Success) return FileEndpoint.SendErrorAsync(context, StatusCodes.Status404NotFound);

        var body = PngImage.Create(number);
        return BodySender.SendAsync(context, StatusCodes.Status200OK, PngImage.ContentType, new MemoryBody(body),
            acceptRanges: true, BodySender.EtagFor(encoded + number, body.Length));
    }
}
