namespace SunoPS.Emulator.Families.Separation;

/// <summary>One stem of a separation: its id (a MIDI request's audioId), its name, and the camelCase field that also shows it.</summary>
internal sealed class Stem(Guid id, string name, string? field)
{
    public Guid Id { get; } = id;

    public string IdText { get; } = id.ToString("D");

    /// <summary>The file name on the files origin.</summary>
    public string EncodedId { get; } = Files.FileNames.Encode(id.ToString("D"));

    /// <summary><c>stem_type_group_name</c>: Vocals, Drums…</summary>
    public string Name { get; } = name;

    /// <summary>The camelCase URL field of the record (vocalUrl…), or null when only originData lists it.</summary>
    public string? Field { get; } = field;
}
