using System;
using System.Globalization;

namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>Compares a measured playing time with the record's, within the options' tolerance.</summary>
    internal static class DurationCheck
    {
        /// <summary>Null when they agree (or the record gives no usable duration); otherwise why not.</summary>
        public static string? Problem(double measured, double? recorded, OutputDownloadOptions options)
        {
            if (!(Durations.Usable(recorded) is double expected)) return null; // the downloader warns of a bogus one
            var tolerance = Math.Max(options.DurationToleranceSeconds, expected * options.DurationToleranceRatio);
            if (Math.Abs(measured - expected) <= tolerance) return null;
            return string.Format(CultureInfo.InvariantCulture, "The file plays {0:0.##} s but the task record says {1:0.##} s.", measured, expected);
        }
    }
}
