using System.Runtime.InteropServices;
using SunoPS.Emulator.Hosting;

namespace SunoPS.Emulator;

/// <summary>The executable: parse arguments, start, print the listening line, wait for a stop signal.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        CommandLine command;
        try
        {
            command = CommandLine.Parse(args);
        }
        catch (FormatException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        if (command.ShowHelp)
        {
            Console.WriteLine(CommandLine.Usage);
            return 0;
        }

        if (command.Verbose) command.Options.RequestLog = Console.Error;

        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var sigint = TryRegister(PosixSignal.SIGINT, stop);
        using var sigterm = TryRegister(PosixSignal.SIGTERM, stop);

        SunoEmulator emulator;
        try
        {
            emulator = await SunoEmulator.StartAsync(command.Options);
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"SunoPS emulator could not start: {e.Message}");
            return 1;
        }

        await using (emulator)
        {
            // Scripts read this one line to learn the ports; new origins are appended so older parsers keep working.
            Console.Out.WriteLine($"SunoPS emulator listening api={emulator.ApiUri} files={emulator.FilesUri} uploads={emulator.UploadsUri}");
            Console.Out.Flush();

            if (command.ExitOnStdinClose) _ = WatchStandardInputAsync(stop);
            await stop.Task;
            await emulator.StopAsync();
        }

        return 0;
    }

    private static PosixSignalRegistration? TryRegister(PosixSignal signal, TaskCompletionSource stop)
    {
        try
        {
            return PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true; // stop gracefully instead of the runtime's default termination
                stop.TrySetResult();
            });
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }

    /// <summary>A parent that dies closes our standard input; end-of-file then stops the emulator.</summary>
    private static Task WatchStandardInputAsync(TaskCompletionSource stop) => Task.Run(async () =>
    {
        try
        {
            await using var input = Console.OpenStandardInput();
            var buffer = new byte[256];
            while (await input.ReadAsync(buffer) > 0)
            {
            }
        }
        catch (IOException)
        {
        }

        stop.TrySetResult();
    });
}
