@{
    Synopsis    = 'Gets a tracks lyrics word by word with their times.'
    Description = @'
Reads a finished track''s aligned lyrics (POST /api/v1/generate/get-timestamped-lyrics; synchronous, spends nothing) and writes one SunoPS.SunoAlignedWord per word: Word, StartS, EndS, Section (the tag such as Verse or Chorus, kept apart from the word), StartsLine, Success. -AsLrc writes the lyrics as LRC text instead ([mm:ss.xx] per line). Save-SunoTrack -IncludeLyrics writes the same LRC beside each saved song.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        TaskId  = 'The music task of the track. A piped track binds it.'
        AudioId = 'The track (sunoData id). A piped track binds it by its Id.'
        AsLrc   = 'Return LRC text instead of the words.'
    }
    Examples    = @(
        @{ Code = '$task.Tracks[0] | Get-SunoTimestampedLyric | Format-Table Word, StartS, EndS, Section'; Remarks = 'Shows when each word is sung.' }
        @{ Code = '$task.Tracks[0] | Get-SunoTimestampedLyric -AsLrc | Set-Content ./song.lrc'; Remarks = 'Writes the lyrics as an LRC file.' }
    )
}
