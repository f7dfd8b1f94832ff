using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Api;
using SunoPS.Emulator.Families.Music;
using SunoPS.Emulator.Families.Separation;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Midi;

/// <summary>
/// The MIDI family (suno-api.md §4.20): POST /api/v1/midi/generate from a finished split_stem separation and
/// GET /api/v1/midi/record-info. It has no files: the record carries the notes.
/// </summary>
internal sealed class MidiFamily : ITaskFamily, ICallbackFamily
{
    public const string RecordInfoPath = "/api/v1/midi/record-info";

    private readonly EmulatorState _state;
    private readonly MidiTaskFactory _factory;
    private readonly MidiEndpoint _generate;
    private readonly RecordInfoEndpoint<MidiTask> _recordInfo;

    public MidiFamily(EmulatorState state)
    {
        _state = state;
        _factory = new MidiTaskFactory(state.Clock);
        _generate = new MidiEndpoint(state, _factory);
        _recordInfo = new RecordInfoEndpoint<MidiTask>(state, MidiRecordWriter.Write);
    }

    public string Name => "midi";

    public IEnumerable<ApiRoute> Routes => [_generate.Route, _recordInfo.RouteAt(RecordInfoPath)];

    public IEnumerable<FileRoute> FileRoutes => [];

    public IReadOnlyList<string> Seed(SeedTasksRequest request) =>
        MidiSeeder.Seed(_state, _state.Family<MusicFamily>().Factory, _state.Family<SeparationFamily>().Factory, _factory, request);

    public IReadOnlyList<CallbackStage> CallbackStagesOf(Tasks.IEmulatedTask task) => task is MidiTask t ? MidiCallbacks.StagesOf(t) : [];

    public byte[] RenderCallback(Tasks.IEmulatedTask task, CallbackStage stage) => MidiCallbacks.Render((MidiTask)task, stage);
}
