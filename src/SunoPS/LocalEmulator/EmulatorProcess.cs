using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace SunoPS.LocalEmulator
{
    /// <summary>
    /// Starts the emulator shipped in the module's emulator/ folder as a child process of `dotnet` (it is an ASP.NET
    /// Core app, so it needs the .NET 10 ASP.NET Core runtime). It exits when this process closes its stdin, so a
    /// test run that dies does not leave it behind.
    /// </summary>
    internal static class EmulatorProcess
    {
        private static readonly Regex Listening = new Regex(@"api=(?<api>\S+)\s+files=(?<files>\S+)\s+uploads=(?<uploads>\S+)", RegexOptions.CultureInvariant);

        public static string DllPath(string moduleBase) => Path.Combine(moduleBase, "emulator", "SunoPS.Emulator.dll");

        /// <summary>The dotnet host: the one running us when it is dotnet (a global tool), else DOTNET_ROOT's, else PATH's.</summary>
        public static string DotnetHost()
        {
            var fromHost = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(fromHost) && File.Exists(fromHost)) return fromHost!;
            var exe = Path.DirectorySeparatorChar == '\\' ? "dotnet.exe" : "dotnet";
            var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
            if (!string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root!, exe))) return Path.Combine(root!, exe);
            return exe;
        }

        public static SunoEmulatorInstance Start(string dll, string key, IEnumerable<string> arguments, TimeSpan startTimeout)
        {
            var info = new ProcessStartInfo(DotnetHost())
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                CreateNoWindow = true,
            };
            var all = new List<string> { dll, "--port", "0", "--files-port", "0", "--uploads-port", "0", "--key", key, "--exit-on-stdin-close" };
            all.AddRange(arguments);
            info.Arguments = string.Join(" ", all.ConvertAll(Quote));

            Process process;
            try
            {
                process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception || e is InvalidOperationException)
            {
                throw new EmulatorStartException("Could not run '" + info.FileName + "': " + e.Message +
                                                 " The emulator runs on .NET 10 with the ASP.NET Core runtime; install it, or set DOTNET_ROOT.");
            }

            var errors = process.StandardError.ReadToEndAsync();
            var line = process.StandardOutput.ReadLineAsync();
            if (!line.Wait(startTimeout) || line.Result == null)
            {
                Kill(process);
                var why = errors.Wait(TimeSpan.FromSeconds(2)) ? errors.Result.Trim() : "";
                throw new EmulatorStartException("The emulator did not start" + (why.Length > 0 ? ": " + Shorten(why) : " within " + startTimeout.TotalSeconds + " s.") +
                                                 (why.IndexOf("framework", StringComparison.OrdinalIgnoreCase) >= 0
                                                     ? " It needs the .NET 10 ASP.NET Core runtime (Microsoft.AspNetCore.App)."
                                                     : ""));
            }

            var match = Listening.Match(line.Result);
            if (!match.Success)
            {
                Kill(process);
                throw new EmulatorStartException("The emulator printed an unexpected first line: " + Shorten(line.Result));
            }

            // Keep draining its output so a chatty emulator never blocks on a full pipe.
            _ = Task.Run(async () =>
            {
                try
                {
                    while (await process.StandardOutput.ReadLineAsync().ConfigureAwait(false) != null) { }
                }
                catch (Exception)
                {
                }
            });
            return new SunoEmulatorInstance(process, new Uri(match.Groups["api"].Value), new Uri(match.Groups["files"].Value),
                new Uri(match.Groups["uploads"].Value), key);
        }

        /// <summary>Asks it to stop (closing its stdin), then kills it if it has not gone within a few seconds.</summary>
        public static void Stop(SunoEmulatorInstance emulator)
        {
            var process = emulator.Process;
            if (process.HasExited) return;
            try
            {
                process.StandardInput.Close();
            }
            catch (Exception)
            {
            }

            if (!process.WaitForExit(5000)) Kill(process);
        }

        private static void Kill(Process process)
        {
            try
            {
                if (!process.HasExited) process.Kill();
            }
            catch (Exception)
            {
            }
        }

        private static string Quote(string argument) =>
            argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '"', '\t' }) < 0 ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";

        private static string Shorten(string text)
        {
            var flat = text.Replace("\r", " ").Replace("\n", " ");
            return flat.Length > 400 ? flat.Substring(0, 400) + "…" : flat;
        }
    }

    internal sealed class EmulatorStartException : Exception
    {
        public EmulatorStartException(string message) : base(message)
        {
        }
    }
}
