using System;
using System.Collections.Generic;

namespace SunoPS.Client.Polling
{
    /// <summary>
    /// How likely a task is to have finished since it was last read, from the stage it is in and how long its
    /// siblings in the same wait took from that stage to the end. Before any sibling has finished, a family with
    /// stages (music) uses the documented timings (text ~10 s, first 30–40 s, complete 2–3 min); a family without
    /// them has no estimate until siblings finish, and is read on its plain schedule only. Every estimate keeps a
    /// long thin tail, so a task later than all its siblings is still read now and then, never hammered. Which
    /// stage a task is timed from is the siblings' word too: the one whose time-to-finish varied least among them
    /// (when the end follows a stage by a steady time, that stage; when it follows the submission, the start).
    /// </summary>
    internal sealed class FinishEstimator
    {
        /// <summary>The share of the chance spread thinly over a long tail (exponential, mean = the latest expected finish).</summary>
        private const double TailShare = 0.1;

        /// <summary>Sibling finishes count against the documented timings as n / (n + this).</summary>
        private const double PriorWeight = 4;

        /// <summary>A sibling's finish time is known only between two reads; never narrower than this either side.</summary>
        private static readonly TimeSpan MinimumSpread = TimeSpan.FromSeconds(1);

        private readonly object _gate = new object();
        private readonly WaitStage _until;
        private readonly bool _documented;
        private readonly Dictionary<int, List<(double Seconds, double Spread)>> _remaining = new Dictionary<int, List<(double, double)>>();
        private readonly Dictionary<int, double> _deviation = new Dictionary<int, double>();

        /// <summary>Siblings needed before a stage's spread of finishing times is trusted to choose the anchor.</summary>
        internal const int SamplesToChoose = 5;

        /// <param name="documented">True when the tasks' family has the documented stage timings (music).</param>
        public FinishEstimator(WaitStage until, bool documented)
        {
            _until = until;
            _documented = documented;
        }

        /// <summary>
        /// A task reached the stage waited for, seen first between <paramref name="lastBefore"/> (a read that found it
        /// earlier) and <paramref name="seen"/>; <paramref name="stageSince"/> holds when it was first seen at each stage
        /// (stage 0: when it joined the wait).
        /// </summary>
        public void Finished(IReadOnlyDictionary<int, TimeSpan> stageSince, TimeSpan lastBefore, TimeSpan seen)
        {
            var half = TimeSpan.FromTicks(Math.Max(0, (seen - lastBefore).Ticks) / 2);
            var finish = lastBefore + half;
            var spread = Math.Max(MinimumSpread.TotalSeconds, half.TotalSeconds);
            lock (_gate)
            {
                foreach (var stage in stageSince)
                {
                    if (stage.Key >= (int)_until || stage.Value > finish) continue;
                    if (!_remaining.TryGetValue(stage.Key, out var samples)) _remaining[stage.Key] = samples = new List<(double, double)>();
                    samples.Add(((finish - stage.Value).TotalSeconds, spread));
                    if (samples.Count >= SamplesToChoose) _deviation[stage.Key] = Deviation(samples);
                }
            }
        }

        /// <summary>Whether an estimate exists for a task at <paramref name="stage"/> (else only the plain schedule reads it).</summary>
        public bool Knows(int stage)
        {
            lock (_gate) return _documented || _remaining.ContainsKey(Math.Max(0, stage));
        }

        /// <summary>
        /// The chance that a task seen at the stages of <paramref name="stageSince"/> (the latest being
        /// <paramref name="stage"/>), unfinished when read at <paramref name="lastRead"/>, has finished by <paramref name="now"/>,
        /// timed from the stage whose siblings finished most steadily after it.
        /// </summary>
        public double ChanceFinished(IReadOnlyDictionary<int, TimeSpan> stageSince, int stage, TimeSpan lastRead, TimeSpan now)
        {
            var anchor = Math.Max(0, stage);
            lock (_gate)
            {
                var best = double.MaxValue;
                foreach (var seen in stageSince)
                {
                    if (_deviation.TryGetValue(seen.Key, out var deviation) && deviation < best)
                    {
                        best = deviation;
                        anchor = seen.Key;
                    }
                }
            }

            return stageSince.TryGetValue(anchor, out var since) ? ChanceFinished(anchor, since, lastRead, now) : 0;
        }

        private static double Deviation(List<(double Seconds, double Spread)> samples)
        {
            var mean = 0.0;
            foreach (var s in samples) mean += s.Seconds;
            mean /= samples.Count;
            var sum = 0.0;
            foreach (var s in samples) sum += (s.Seconds - mean) * (s.Seconds - mean) + s.Spread * s.Spread / 3;
            return Math.Sqrt(sum / samples.Count);
        }

        /// <summary>
        /// The chance that a task first seen at <paramref name="stage"/> at <paramref name="stageSince"/>, unfinished when
        /// read at <paramref name="lastRead"/>, has finished by <paramref name="now"/>.
        /// </summary>
        public double ChanceFinished(int stage, TimeSpan stageSince, TimeSpan lastRead, TimeSpan now)
        {
            if (now <= lastRead) return 0;
            stage = Math.Max(0, stage);
            var from = (lastRead - stageSince).TotalSeconds;
            var to = (now - stageSince).TotalSeconds;
            lock (_gate)
            {
                var before = Cumulative(stage, from);
                var after = Cumulative(stage, to);
                if (before >= 1) return 1;
                return Math.Max(0, Math.Min(1, (after - before) / (1 - before)));
            }
        }

        /// <summary>The chance of having finished within <paramref name="seconds"/> of reaching the stage.</summary>
        private double Cumulative(int stage, double seconds)
        {
            if (seconds <= 0) return 0;
            _remaining.TryGetValue(stage, out var samples);
            var prior = _documented ? Documented(stage) : null;
            var n = samples?.Count ?? 0;
            if (n == 0 && prior == null) return 0;

            double core, latest;
            var weight = prior == null ? 1 : n / (n + PriorWeight);
            var fromSiblings = 0.0;
            latest = prior?.High ?? 0;
            if (n > 0)
            {
                foreach (var (at, spread) in samples!)
                {
                    fromSiblings += Ramp(seconds, at - spread, at + spread);
                    if (at + spread > latest) latest = at + spread;
                }

                fromSiblings /= n;
            }

            var fromPrior = prior == null ? 0 : Ramp(seconds, prior.Value.Low, prior.Value.High);
            core = weight * fromSiblings + (1 - weight) * fromPrior;
            var tail = 1 - Math.Exp(-seconds / Math.Max(1, latest));
            return (1 - TailShare) * core + TailShare * tail;
        }

        private static double Ramp(double x, double low, double high) =>
            x <= low ? 0 : x >= high ? 1 : (x - low) / (high - low);

        /// <summary>
        /// The documented timings (suno-api.md: text ~10 s, first 30–40 s, complete 2–3 min), widened a little, as the
        /// time left from first seeing a task at a stage to the stage waited for. Seeing it lags the change by up to a
        /// read, so the windows are on the generous side.
        /// </summary>
        private (double Low, double High)? Documented(int stage)
        {
            switch (_until)
            {
                case WaitStage.Text:
                    return stage == 0 ? (5, 20) : ((double, double)?)null;
                case WaitStage.First:
                    return stage == 0 ? (25, 50) : stage == 1 ? (15, 40) : ((double, double)?)null;
                default:
                    return stage == 0 ? (100, 200) : stage == 1 ? (90, 190) : stage == 2 ? (70, 160) : ((double, double)?)null;
            }
        }
    }
}
