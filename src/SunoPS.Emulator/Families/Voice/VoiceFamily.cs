using SunoPS.Emulator.Api;
using SunoPS.Emulator.Callbacks;
using SunoPS.Emulator.Files;

namespace SunoPS.Emulator.Families.Voice;

/// <summary>The voice family: GET /api/v1/voice/record-info (its submissions are served with the validations').</summary>
internal sealed class VoiceFamily(EmulatorState state) : ITaskFamily, ICallbackFamily
{
    public const string RecordInfoPath = "/api/v1/voice/record-info";

    private readonly RecordInfoEndpoint<VoiceTask> _recordInfo = new(state, VoiceRecordWriters.WriteVoice);

    public string Name => "voice";

    public IEnumerable<ApiRoute> Routes => [_recordInfo.RouteAt(RecordInfoPath)];

    public IEnumerable<FileRoute> FileRoutes => [];

    public IReadOnlyList<string> Seed(SeedTasksRequest request) =>
        VoiceSeeder.Seed(state, state.Family<VoiceValidationFamily>().Factory, request, voices: true);

    public IReadOnlyList<CallbackStage> CallbackStagesOf(Tasks.IEmulatedTask task) => task is VoiceTask t ? VoiceCallbacks.StagesOf(t) : [];

    public byte[] RenderCallback(Tasks.IEmulatedTask task, CallbackStage stage) => VoiceCallbacks.Render((VoiceTask)task, stage, state.Clock.Now);
}
