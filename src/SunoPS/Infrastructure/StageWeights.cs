using System.Collections.Generic;
using SunoPS.Client.Polling;

namespace SunoPS.Infrastructure
{
    /// <summary>
    /// How far along a wait is, counting each running task by its stage rather than as nothing until it is done:
    /// a generation reaches its text after about 10 s, its first track after 30–40 s and the end after 2–3 minutes
    /// (suno-api.md), so a task at FIRST_SUCCESS is about a quarter of the way to SUCCESS. Families without stages
    /// (PENDING, then done) count as nothing until done, as before.
    /// </summary>
    internal static class StageWeights
    {
        // Documented typical times, in seconds after submission.
        private const double TextSeconds = 10;
        private const double FirstSeconds = 35;
        private const double CompleteSeconds = 150;

        /// <summary>The share of the way to <paramref name="until"/> a task in <paramref name="status"/> has come, 0 to 1.</summary>
        public static double Of(string status, WaitStage until)
        {
            var target = until == WaitStage.Text ? TextSeconds : until == WaitStage.First ? FirstSeconds : CompleteSeconds;
            double reached;
            switch (status)
            {
                case "TEXT_SUCCESS": reached = TextSeconds; break;
                case "FIRST_SUCCESS": reached = FirstSeconds; break;
                default: return 0;
            }

            return reached >= target ? 0.99 : reached / target;
        }

        /// <summary>The wait's percentage: done tasks count whole, running ones by their stage.</summary>
        public static int Percent(int total, int done, IReadOnlyDictionary<string, int> runningByStatus, WaitStage until)
        {
            if (total <= 0) return 0;
            var progress = (double)done;
            foreach (var pair in runningByStatus) progress += pair.Value * Of(pair.Key, until);
            return (int)System.Math.Min(100, 100.0 * progress / total);
        }
    }
}
