using System.Text.Json;

namespace SunoPS.Emulator.Callbacks;

/// <summary>Writes one callback body: the families' callback writers say what goes in it, this makes the bytes posted.</summary>
internal static class CallbackBody
{
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            write(w);
        }

        return stream.ToArray();
    }

    /// <summary>The stage a single-step task reports when it ends: complete when it has a result, error otherwise.</summary>
    public static IReadOnlyList<CallbackStage> EndStage(bool succeeded, double at) =>
        [new(succeeded ? CallbackStage.Complete : CallbackStage.Error, at)];
}
