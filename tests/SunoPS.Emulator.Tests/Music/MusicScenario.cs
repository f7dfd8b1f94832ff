using System.Text.Json;
using System.Text.Json.Nodes;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Music;

/// <summary>
/// An emulator with one finished music task (V5, tracks of 36 s (a whole number of 0.12 s MP3 units) unless asked otherwise), and a valid body for every music
/// endpoint built on it, so a test can remove, rename or change one field and see exactly that refused.
/// </summary>
internal sealed class MusicScenario : IAsyncDisposable
{
    public const string Callback = "https://example.com/callback";
    public const string ElsewhereAudio = "https://example.com/song.mp3";

    private MusicScenario(RunningEmulator emu, string taskId, string[] audioIds)
    {
        Emu = emu;
        TaskId = taskId;
        AudioIds = audioIds;
    }

    public RunningEmulator Emu { get; }

    public EmulatorState State => Emu.State;

    /// <summary>A finished V5 music task with two tracks of the scenario's length.</summary>
    public string TaskId { get; }

    public string[] AudioIds { get; }

    public static async Task<MusicScenario> StartAsync(double trackSeconds = 36, Action<EmulatorOptions>? configure = null)
    {
        var emu = await RunningEmulator.StartAsync(configure);
        var (taskId, audioIds) = await emu.FinishedMusicAsync(trackSeconds);
        return new MusicScenario(emu, taskId, audioIds);
    }

    public static JsonObject Body(string path, string taskId, string audioId) => path switch
    {
        Paths.Generate => new() { ["customMode"] = false, ["instrumental"] = false, ["model"] = "V5", ["callBackUrl"] = Callback, ["prompt"] = "A calm piano song" },
        Paths.Extend => new()
        {
            ["defaultParamFlag"] = true, ["audioId"] = audioId, ["model"] = "V5", ["callBackUrl"] = Callback,
            ["prompt"] = "[Verse]\nThe song goes on", ["style"] = "Jazz", ["title"] = "Longer Song", ["continueAt"] = 10,
        },
        Paths.UploadCover => new()
        {
            ["uploadUrl"] = ElsewhereAudio, ["customMode"] = true, ["instrumental"] = false, ["model"] = "V5", ["callBackUrl"] = Callback,
            ["prompt"] = "[Verse]\nA new coat of paint", ["style"] = "Heavy Metal", ["title"] = "Covered",
        },
        Paths.UploadExtend => new()
        {
            ["uploadUrl"] = ElsewhereAudio, ["defaultParamFlag"] = true, ["model"] = "V5", ["callBackUrl"] = Callback,
            ["prompt"] = "[Verse]\nAnd then some", ["style"] = "Folk", ["title"] = "Extended Upload",
        },
        Paths.AddInstrumental => new()
        {
            ["uploadUrl"] = ElsewhereAudio, ["title"] = "Backing", ["negativeTags"] = "Heavy Metal", ["tags"] = "Acoustic, Warm", ["callBackUrl"] = Callback,
        },
        Paths.AddVocals => new()
        {
            ["uploadUrl"] = ElsewhereAudio, ["callBackUrl"] = Callback, ["prompt"] = "[Verse]\nSinging over it", ["title"] = "With Vocals",
            ["negativeTags"] = "Rap", ["style"] = "Soul",
        },
        Paths.Mashup => new()
        {
            ["uploadUrlList"] = new JsonArray("https://example.com/a.mp3", "https://example.com/b.mp3"), ["customMode"] = true,
            ["callBackUrl"] = Callback, ["model"] = "V5", ["prompt"] = "[Verse]\nTwo songs meet", ["style"] = "Electronic", ["title"] = "Mashed",
        },
        Paths.Sounds => new() { ["prompt"] = "Rain on a tin roof", ["model"] = "V5" },
        Paths.ReplaceSection => new()
        {
            ["taskId"] = taskId, ["audioId"] = audioId, ["prompt"] = "A calm and relaxing piano part.", ["tags"] = "Jazz", ["title"] = "Relaxing Piano",
            ["infillStartS"] = 10.5, ["infillEndS"] = 20.75, ["fullLyrics"] = "[Verse 1]\nOriginal lyrics here\n[Chorus]\nModified lyrics",
        },
        Paths.TimestampedLyrics => new() { ["taskId"] = taskId, ["audioId"] = audioId },
        Paths.StyleBoost => new() { ["content"] = "Pop, Mysterious" },
        Paths.Persona => new() { ["taskId"] = taskId, ["audioId"] = audioId, ["name"] = "Night Singer", ["description"] = "A husky late-night voice" },
        _ => throw new ArgumentOutOfRangeException(nameof(path)),
    };

    public JsonObject Body(string path) => Body(path, TaskId, AudioIds[0]);

    public Task<JsonElement> PostAsync(string path, JsonObject body) => Emu.PostRawAsync(path, body.ToJsonString());

    /// <summary>Submits a body that must be accepted; returns the new task id.</summary>
    public async Task<string> SubmitAsync(string path, JsonObject body)
    {
        var answer = await PostAsync(path, body);
        Assert.True(answer.GetProperty("code").GetInt32() == 200, answer.ToString());
        return answer.GetProperty("data").GetProperty("taskId").GetString()!;
    }

    /// <summary>The music record once every stage has passed.</summary>
    public async Task<JsonElement> FinishedRecordAsync(string taskId)
    {
        State.AdvanceClock(10_000);
        return await Emu.RecordAsync(taskId);
    }

    public static JsonElement[] Tracks(JsonElement record) => record.GetProperty("response").GetProperty("sunoData").EnumerateArray().ToArray();

    /// <summary>A refusal: body code and message, nothing spent.</summary>
    public static void AssertRefused(JsonElement answer, int code, string message)
    {
        Assert.Equal(code, answer.GetProperty("code").GetInt32());
        Assert.Equal(message, answer.GetProperty("msg").GetString());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("data").ValueKind);
    }

    public ValueTask DisposeAsync() => Emu.DisposeAsync();

    /// <summary>The paths, relative to the API origin.</summary>
    public static class Paths
    {
        public const string Generate = "api/v1/generate";
        public const string Extend = "api/v1/generate/extend";
        public const string UploadCover = "api/v1/generate/upload-cover";
        public const string UploadExtend = "api/v1/generate/upload-extend";
        public const string AddInstrumental = "api/v1/generate/add-instrumental";
        public const string AddVocals = "api/v1/generate/add-vocals";
        public const string Mashup = "api/v1/generate/mashup";
        public const string Sounds = "api/v1/generate/sounds";
        public const string ReplaceSection = "api/v1/generate/replace-section";
        public const string TimestampedLyrics = "api/v1/generate/get-timestamped-lyrics";
        public const string StyleBoost = "api/v1/style/generate";
        public const string Persona = "api/v1/generate/generate-persona";
    }
}

internal static class JsonObjectEdits
{
    public static JsonObject Without(this JsonObject body, string name)
    {
        var copy = (JsonObject)body.DeepClone();
        copy.Remove(name);
        return copy;
    }

    public static JsonObject With(this JsonObject body, string name, JsonNode? value)
    {
        var copy = (JsonObject)body.DeepClone();
        copy[name] = value;
        return copy;
    }

    /// <summary>The field under another spelling (the API matches names exactly).</summary>
    public static JsonObject Renamed(this JsonObject body, string from, string to)
    {
        var copy = (JsonObject)body.DeepClone();
        var value = copy[from]?.DeepClone();
        copy.Remove(from);
        copy[to] = value;
        return copy;
    }
}
