using System;

namespace SunoPS.Client.Downloads
{
    /// <summary>A record's duration as something to check against: only a finite, positive number counts.</summary>
    internal static class Durations
    {
        public static double? Usable(double? seconds) =>
            seconds is double s && !double.IsNaN(s) && !double.IsInfinity(s) && s > 0 ? s : (double?)null;

        /// <summary>True when the record gives a duration that cannot be one (NaN, infinite, negative).</summary>
        public static bool IsBogus(double? seconds) =>
            seconds is double s && (double.IsNaN(s) || double.IsInfinity(s) || s < 0);
    }
}
