using System.Text.Json;

namespace SunoPS.Client.Callbacks
{
    /// <summary>
    /// One callback shape (suno-api.md §6): whether a body has it, and how it is rewritten as the record the family's
    /// record-info returns, so the family's own reader reads it (and gives full outputs once the family reads them).
    /// </summary>
    internal interface ICallbackAdapter
    {
        SunoTaskFamily Family { get; }

        /// <summary>True when <paramref name="body"/> has this shape (used to detect the family when none is given).</summary>
        bool Fits(JsonElement body);

        /// <summary>The task id the body names, or null when it names none.</summary>
        string? TaskIdOf(JsonElement body);

        /// <summary>Writes the record (camelCase fields, the family's status field and values) the body stands for.</summary>
        void WriteRecord(JsonElement body, Utf8JsonWriter record);
    }
}
