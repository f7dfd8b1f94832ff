using System.Collections.Generic;
using SunoPS.Client.Requests;
using SunoPS.Emulator;

namespace SunoPS.Client.Tests.Support
{
    internal static class EmulatorSessionExtensions
    {
        public const string GeneratePath = "/api/v1/generate";
        public const string RecordInfoPath = "/api/v1/generate/record-info";
        public const string CreditPath = "/api/v1/generate/credit";

        /// <summary>How many requests the emulator saw for a path (faulted ones included).</summary>
        public static long Requests(this EmulatorSession session, string path) =>
            session.Emulator.State.Stats.RequestsByPath.TryGetValue(path, out var n) ? n : 0;

        public static void Fault(this EmulatorSession session, FaultKind kind, int code = 0, int count = 1, string? path = null,
            int? retryAfterSeconds = null, int delayMs = 0) =>
            session.Emulator.State.AddFault(new FaultSpec
            {
                Kind = kind, Code = code, Count = count, PathPrefix = path, RetryAfterSeconds = retryAfterSeconds, DelayMs = delayMs,
            });

        public static IReadOnlyList<string> Seed(this EmulatorSession session, int count, string status = "SUCCESS") =>
            session.Emulator.State.SeedTasks(count, status);

        public static GenerateMusicRequest SimpleRequest(string prompt = "A calm piano track") =>
            new GenerateMusicRequest { Prompt = prompt };
    }
}
