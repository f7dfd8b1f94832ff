using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SunoPS.Emulator.Api;
using static SunoPS.Emulator.Api.BodyFields;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// POST /api/v1/generate/get-timestamped-lyrics (synchronous, suno-api.md §4.12): <c>taskId</c> and
/// <c>audioId</c> of a finished track (code 400 otherwise) give <c>alignedWords</c> made from its lyrics
/// (none for an instrumental), <c>waveformData</c>, <c>hootCer</c> and <c>isStreamed</c>. Free, not rate limited.
/// </summary>
internal sealed class TimestampedLyricsEndpoint(EmulatorState state, MusicSources sources)
{
    private const int WaveformPoints = 64;

    public ApiRoute Route => new(HttpMethods.Post, MusicPaths.TimestampedLyrics, c => SyncBody.HandleAsync(c, state, Answer));

    private ValidationError? Answer(JsonElement body, out Action<Utf8JsonWriter> writeData)
    {
        writeData = null!;
        if (RequiredString(body, "taskId", out var taskId) is { } e1) return e1;
        if (RequiredString(body, "audioId", out var audioId) is { } e2) return e2;
        if (sources.FinishedTrackOf(taskId, audioId, out var task, out var index) is { } e3) return e3;

        var track = task.Tracks[index];
        var instrumental = task.Draft.Instrumental || track.Lyrics.Trim() == "[Instrumental]";
        var words = instrumental ? [] : LyricsAligner.Align(track.Lyrics, track.DurationSeconds);
        var seed = track.Id.GetHashCode();
        writeData = w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("alignedWords");
            foreach (var word in words)
            {
                w.WriteStartObject();
                w.WriteString("word", word.Word);
                w.WriteBoolean("success", true);
                w.WriteNumber("startS", word.StartS);
                w.WriteNumber("endS", word.EndS);
                w.WriteNumber("palign", 0);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("waveformData");
            var random = new Random(seed);
            for (var i = 0; i < WaveformPoints; i++) w.WriteNumberValue(Math.Round(random.NextDouble(), 3));
            w.WriteEndArray();
            w.WriteNumber("hootCer", Math.Round(0.1 + new Random(seed ^ 0x5bd1e995).NextDouble() * 0.4, 15));
            w.WriteBoolean("isStreamed", false);
            w.WriteEndObject();
        };
        return null;
    }
}
