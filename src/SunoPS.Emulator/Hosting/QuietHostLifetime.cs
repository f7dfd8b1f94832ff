using Microsoft.Extensions.Hosting;

namespace SunoPS.Emulator.Hosting;

/// <summary>
/// A host lifetime that neither hooks Ctrl+C nor prints: emulators run inside test processes, and the
/// executable handles its own signals (see Program).
/// </summary>
internal sealed class QuietHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
