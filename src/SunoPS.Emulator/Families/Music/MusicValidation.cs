using System.Text.Json;
using SunoPS.Emulator.Api;

namespace SunoPS.Emulator.Families.Music;

/// <summary>A music endpoint's check of its body: null and a draft to make the task from, or the refusal.</summary>
internal delegate ValidationError? MusicValidation(JsonElement body, MusicSources sources, out TaskDraft draft);
