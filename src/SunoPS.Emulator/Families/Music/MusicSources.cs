using SunoPS.Emulator.Api;
using SunoPS.Emulator.Families.Wav;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// What the music endpoints build on: finished tracks of the store (extend, replace-section) and the length of
/// an audio URL when the emulator itself holds the file (its upload origin, or an MP3/WAV of its files origin).
/// Any other URL is accepted unchecked: the emulator never fetches the internet.
/// </summary>
internal sealed class MusicSources(EmulatorState state)
{
    /// <summary>Uploaded audio may be at most this long (suno-api.md §3.2) …</summary>
    public const double MaxUploadSeconds = 8 * 60;

    /// <summary>… and at most this long for V4_5ALL.</summary>
    public const double MaxUploadSecondsV45All = 60;

    /// <summary>A finished track of the store by its audioId; code 400 for an unknown id or an unfinished task.</summary>
    public ValidationError? FinishedTrack(string audioId, out MusicTask task, out int index, string field = "audioId")
    {
        task = null!;
        index = -1;
        var found = Guid.TryParseExact(audioId.Trim(), "D", out var trackId)
            ? state.Tasks.FindByKey<MusicTask>(new(MusicTask.TrackIndex, trackId)) : null;
        if (found is null) return ValidationError.Invalid($"{field} '{audioId}' is not a known track.");
        var status = found.StatusAt(state.Clock.Now);
        if (!status.IsComplete())
            return ValidationError.Invalid($"The track {field} '{audioId}' is not complete (its task is {status.ToApiName()}); use it once the task is SUCCESS.");
        task = found;
        index = found.IndexOf(trackId);
        return null;
    }

    /// <summary>A track of one task (replace-section and the synchronous endpoints name both ids).</summary>
    public ValidationError? FinishedTrackOf(string taskId, string audioId, out MusicTask task, out int index)
    {
        index = -1;
        task = state.Tasks.Find<MusicTask>(taskId.Trim())!;
        if (task is null) return ValidationError.Invalid($"taskId '{taskId}' is not a known music task.");
        index = Guid.TryParseExact(audioId.Trim(), "D", out var trackId) ? task.IndexOf(trackId) : -1;
        if (index < 0) return ValidationError.Invalid($"audioId '{audioId}' is not a track of task {taskId}.");
        var status = task.StatusAt(state.Clock.Now);
        if (!status.IsComplete())
            return ValidationError.Invalid($"The track audioId '{audioId}' is not complete (its task is {status.ToApiName()}); use it once the task is SUCCESS.");
        return null;
    }

    /// <summary>
    /// An audio URL field: required, absolute http or https. When the emulator holds the file its length comes
    /// back in <paramref name="seconds"/> (null when unknown); a URL of its own origins that names no file is refused.
    /// </summary>
    public ValidationError? AudioUrl(string field, string url, out double? seconds)
    {
        seconds = null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return ValidationError.Invalid($"{field} must be an absolute http or https URL.");

        var now = state.Clock.Now;
        if (state.Uploads.IsOwnOrigin(uri))
        {
            var file = state.Uploads.FindByUrl(uri, now);
            if (file is null) return NotFetchable(field, url);
            seconds = file.DurationSeconds;
            return null;
        }

        if (!string.Equals(uri.GetLeftPart(UriPartial.Authority), state.FileUrls.Base, StringComparison.OrdinalIgnoreCase)) return null;
        seconds = FilesOriginSeconds(Uri.UnescapeDataString(uri.AbsolutePath), now);
        return seconds is null ? NotFetchable(field, url) : null;
    }

    /// <summary>The upload limits of upload-cover and upload-extend: 8 minutes, 1 minute for V4_5ALL.</summary>
    public static ValidationError? UploadLength(string field, double? seconds, ModelInfo model)
    {
        if (seconds is not { } s) return null;
        if (s > MaxUploadSeconds) return ValidationError.Invalid($"The audio at {field} is {s:0.##} s long; uploaded audio may be at most 8 minutes.");
        if (model.Name == "V4_5ALL" && s > MaxUploadSecondsV45All)
            return ValidationError.Invalid($"The audio at {field} is {s:0.##} s long; with V4_5ALL uploaded audio may be at most 1 minute.");
        return null;
    }

    private double? FilesOriginSeconds(string path, double now)
    {
        if (MusicFileRequest.TryParse(path, out var request) && !request.IsImage
            && state.Tasks.FindByKey<MusicTask>(new(MusicTask.TrackIndex, request.TrackId)) is { } task
            && TrackPublication.IsPublished(task.StatusAt(now), task.IndexOf(request.TrackId), request.File))
            return task.Tracks[task.IndexOf(request.TrackId)].DurationSeconds;

        if (path.StartsWith(WavFiles.Prefix, StringComparison.Ordinal)
            && FileUrls.TryParseHosted(path.AsSpan(WavFiles.Prefix.Length), out _, out var name) && name.EndsWith(".wav", StringComparison.Ordinal)
            && FileNames.TryDecode(name[..^4], out var wavTaskId) && state.Tasks.Find<WavTask>(wavTaskId) is { } wav
            && wav.StatusAt(now).HasFile())
            return wav.Track.DurationSeconds;

        return null;
    }

    private static ValidationError NotFetchable(string field, string url) =>
        ValidationError.Invalid($"{field} '{url}' could not be fetched: the emulator holds no such file (expired or never uploaded).");
}
