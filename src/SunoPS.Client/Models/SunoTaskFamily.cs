namespace SunoPS
{
    /// <summary>
    /// Which kind of task a task id belongs to. Each family has its own record-info endpoint, status field and
    /// files, so a task id alone is not enough to read it: the family says where.
    /// </summary>
    public enum SunoTaskFamily
    {
        Music,
        Lyrics,
        Wav,
        Separation,
        Midi,
        Video,
        CoverArt,
        Recovery,
        VoiceValidation,
        Voice,
    }
}
