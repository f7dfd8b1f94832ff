using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SunoPS.Client.Json;

namespace SunoPS.Client.Callbacks
{
    /// <summary>
    /// Every callback shape, in the order a body is matched against them: the shapes with a field only they have first,
    /// MIDI (whose body is the least specific) last. One adapter per family.
    /// </summary>
    internal static class CallbackAdapters
    {
        private static readonly ICallbackAdapter[] InDetectionOrder =
        {
            new MusicCallback(),
            new LyricsCallback(),
            new WavCallback(),
            new SeparationCallback(),
            new VideoCallback(),
            new CoverArtCallback(),
            VoiceCallback.Validation(),
            VoiceCallback.Voice(),
            new RecoveryCallback(),
            new MidiCallback(),
        };

        public static IEnumerable<ICallbackAdapter> All => InDetectionOrder;

        public static ICallbackAdapter For(SunoTaskFamily family) => InDetectionOrder.First(a => a.Family == family);

        /// <summary>The adapter whose shape the body has, or null.</summary>
        public static ICallbackAdapter? Detect(JsonElement body)
        {
            if (body.ValueKind != JsonValueKind.Object) return null;
            foreach (var adapter in InDetectionOrder)
            {
                if (adapter.Fits(body)) return adapter;
            }

            // A voice body that carries neither validateInfo nor voiceId still says which by its lowercase status.
            if (CallbackFields.TryData(body, out var data) && CallbackFields.Has(data, "taskId"))
            {
                switch (JsonValues.String(data, "status"))
                {
                    case "processing_validate_fail":
                    case "wait_validating": return For(SunoTaskFamily.VoiceValidation);
                    case "wait_processing":
                    case "processing_validate":
                    case "success":
                    case "fail": return For(SunoTaskFamily.Voice);
                }
            }

            return null;
        }
    }
}
