using SunoPS.Emulator.Api;
using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Music;

/// <summary>
/// The music family (suno-api.md §4.1–§4.14): the endpoints that make music tasks (generate, extend,
/// upload-cover, upload-extend, add-instrumental, add-vocals, mashup, sounds, replace-section), their one
/// record-info, the synchronous helpers built on finished tracks (timestamped lyrics, persona) and the style
/// boost, and the MP3, stream and cover files under f/ and cdn/.
/// </summary>
internal sealed class MusicFamily : ITaskFamily, ICallbackFamily
{
    public const string RecordInfoPath = MusicPaths.RecordInfo;

    private readonly EmulatorState _state;
    private readonly RecordInfoEndpoint<MusicTask> _recordInfo;
    private readonly MusicFiles _files;
    private readonly ApiRoute[] _routes;

    public MusicFamily(EmulatorState state)
    {
        _state = state;
        Factory = new MusicTaskFactory(state.Options, state.Clock);
        var sources = new MusicSources(state);
        _recordInfo = new RecordInfoEndpoint<MusicTask>(state, (w, task, now) => MusicRecordWriter.Write(w, task, task.StatusAt(now), state.FileUrls));
        _files = new MusicFiles(state);

        ApiRoute Submit(string path, MusicValidation validate) => new MusicSubmitEndpoint(state, Factory, sources, path, validate).Route;
        _routes =
        [
            Submit(MusicPaths.Generate, GenerateValidator.Validate),
            Submit(MusicPaths.Extend, ExtendValidator.Validate),
            Submit(MusicPaths.UploadCover, UploadCoverValidator.Validate),
            Submit(MusicPaths.UploadExtend, UploadExtendValidator.Validate),
            Submit(MusicPaths.AddInstrumental, AddInstrumentalValidator.Validate),
            Submit(MusicPaths.AddVocals, AddVocalsValidator.Validate),
            Submit(MusicPaths.Mashup, MashupValidator.Validate),
            Submit(MusicPaths.Sounds, SoundsValidator.Validate),
            Submit(MusicPaths.ReplaceSection, ReplaceSectionValidator.Validate),
            _recordInfo.RouteAt(RecordInfoPath),
            new TimestampedLyricsEndpoint(state, sources).Route,
            new StyleBoostEndpoint(state).Route,
            new PersonaEndpoint(state, sources).Route,
        ];
    }

    public string Name => "music";

    /// <summary>Also used by other families' seeding, which needs finished music tasks to start from.</summary>
    public MusicTaskFactory Factory { get; }

    public IEnumerable<ApiRoute> Routes => _routes;

    public IEnumerable<FileRoute> FileRoutes => _files.Routes;

    public IReadOnlyList<string> Seed(SeedTasksRequest request) => MusicSeeder.Seed(_state, Factory, request);

    public IReadOnlyList<CallbackStage> CallbackStagesOf(Tasks.IEmulatedTask task) => task is MusicTask music ? MusicCallbacks.StagesOf(music) : [];

    public byte[] RenderCallback(Tasks.IEmulatedTask task, CallbackStage stage) => MusicCallbacks.Render((MusicTask)task, stage, _state.FileUrls);
}
