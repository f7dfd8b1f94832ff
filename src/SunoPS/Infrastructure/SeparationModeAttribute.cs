using System;
using System.Management.Automation;

namespace SunoPS.Infrastructure
{
    /// <summary>Lets -Mode take the API's spelling too (a CSV column "split_stem"), besides the enum names.</summary>
    internal sealed class SeparationModeAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (!(value is string text)) return inputData;
            switch (text.Trim().ToLowerInvariant())
            {
                case "separate_vocal": return SunoSeparationMode.SeparateVocal;
                case "split_stem": return SunoSeparationMode.SplitStem;
                case "split_stem_advanced": return SunoSeparationMode.SplitStemAdvanced;
                default: return inputData;
            }
        }
    }
}
