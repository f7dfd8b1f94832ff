@{
    Synopsis    = 'Saves the tracks of finished Suno tasks as verified, tagged MP3 files.'
    Description = @'
Takes tasks (all their tracks are saved), single tracks ($task.Tracks[0]) or task ids, and saves each track into the folder named by -Path (created if missing; the current location by default) or, for one track, as the file named by -LiteralPath. File names come from -FileNameTemplate (default '{Title} - {ShortId}', e.g. 'Peaceful Piano - 8551ab12.mp3') and are made safe on Windows and Unix alike: reserved and control characters are replaced, device names (CON, NUL, COM1…) are prefixed, trailing dots and spaces are dropped, names are cut at 200 characters without splitting a character, Unicode titles are kept, and no name can leave the folder. Two tracks of one run never get the same name.

A file that already exists and holds the same output (an MP3 by the track id its tag records, other files by the id in their name) is skipped (output with SunoStatus Skipped) unless -Force is given, in which case it is replaced in one step. A file of another track with the same name is kept and the track saved beside it as <name> (2).<ext>; a long title is shortened in the name, never the id. -WhatIf writes nothing.

Each download streams to a temporary file beside its target (.<name>.<random>.partial) and is moved into place only when it is complete and verified: its size matches the server's Content-Length and the MP3's real playing time matches the track's Duration (within 1 s or 2%). A truncated or wrong file is downloaded again a few times with backoff; an expired link (HTTP 403, 404, 410 or 441) makes the task record be read once more for fresh URLs. Whatever fails, and on Ctrl+C, the temporary file is deleted. The API key is never sent to file hosts.

Unless -NoTag is given the MP3 gets ID3v2.3 tags: title, the style tags as genre, the lyrics (not for instrumentals), the cover image as front cover, "Suno" as artist and album artist, and the task and track ids in the comment and in TXXX frames SUNO_TASK_ID and SUNO_TRACK_ID. The tag is written at the start of the file before the audio (an ID3v2 tag the host put at the start of the MP3 is left out, so the file has one). -IncludeCover also saves the cover as <name>.jpg; -IncludeMetadata saves the task's record exactly as the API sent it, as <name>.json (for a WAV or other non-music file, <name>.<extension>.json, so a track's MP3 and WAV keep their own records).

Save-SunoTrack saves the files of every family: a WAV task's .wav is verified by its RIFF/WAVE header and data length and is never ID3-tagged. Files are named by the track they come from, so a track's MP3 and its WAV share a name and differ in extension.

Downloads run in parallel (-ThrottleLimit) with memory flat in the file size; a progress bar shows files and bytes. The output is one FileInfo per track file written or skipped (as Get-Item gives it), in input order, with the note properties SunoTrackId (the id of what the file holds), SunoTaskId, SunoFamily, SunoOutputKind and SunoStatus (Downloaded or Skipped), plus SunoCoverPath, SunoMetadataPath and SunoLyricsPath when -IncludeCover, -IncludeMetadata or -IncludeLyrics wrote those files beside it.

A task that is not complete is a SunoTaskNotComplete error (pipe it through Wait-SunoTask, or add -Wait to wait here); a failed task is a SunoTaskFailed error, except that a task which failed after its audio was made (CALLBACK_EXCEPTION: only the callback to your -CallbackUri failed) has its downloadable tracks saved, with a warning. A track that cannot be downloaded is a non-terminating SunoDownloadFailed error with its URL as TargetObject; the other tracks go on.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once; what a ForEach-Object -Parallel or Start-ThreadJob script passes with $using:.'
        BaseUri         = 'The API origin for this command only (the emulator, a gateway): it beats the session''s and $env:SUNO_API_BASE_URI.'
        InputObject      = 'Tasks (all their tracks are saved), single tracks, or task ids, usually from the pipeline.'
        TaskId           = 'Ids of tasks whose tracks to save; their records are read first.'
        Family           = 'The family of the ids given as -TaskId or as strings (default Music). Task objects carry their own, and CSV rows with a Family column are read from that family.'
        Path             = 'The folder to save into; created if missing. The current location when not given. Wildcards may name one existing folder (./albums-*); a name with brackets that matches nothing is used as it is, and a * or ? that matches nothing is an error.'
        LiteralPath      = 'The file to save a single track as, used exactly as given.'
        FileNameTemplate = "The file name without extension, from the tokens {Title}, {ShortId} (first 8 characters of the track id), {Id}, {TaskId}, {Index} (1 or 2 within its task), {Model}, {Tags}, {Kind} and {StemName}. Default '{Title} - {ShortId}'."
        Force            = 'Replaces existing files (atomically) instead of skipping them.'
        NoTag            = 'Saves the MP3 exactly as the host sent it, without ID3 tags.'
        IncludeCover     = 'Also saves the cover image beside each track as <name>.jpg.'
        IncludeLyrics    = 'Also saves each song''s timestamped lyrics beside it as <name>.lrc (one timed line per lyric line; instrumentals have none). Only for files written, not skipped ones.'
        IncludeMetadata  = 'Also saves the task record, verbatim as the API sent it, beside each file as <name>.json (<name>.<extension>.json for non-music files).'
        ThrottleLimit    = 'The most files that download at once (1-32). Without it the number adapts to the host: it starts at 4 and grows while throughput grows, up to 32; either way it backs off when the host answers 429 or 503.'
        Wait             = 'Waits for unfinished tasks to complete, then saves their tracks.'
        TimeoutSec       = 'How long each file may take to download, its retries included, in seconds (default 1200); a file that takes longer fails with SunoDownloadFailed and leaves nothing behind. With -Wait it is also how long to wait for each task.'
        PollIntervalSec  = 'With -Wait: the first interval between reads of a task, in seconds (default 5).'
        WhatIf           = 'Shows which files would be written, and writes nothing.'
        Confirm          = 'Asks before writing each file.'
    }
    Examples    = @(
        @{ Code = "New-SunoMusic -Prompt 'A calm piano track' | Wait-SunoTask | Save-SunoTrack -Path ./music"; Remarks = 'Generates, waits and saves both tracks into ./music.' }
        @{ Code = "Get-SunoTask -TaskId `$id | Save-SunoTrack -Path ./music -FileNameTemplate '{Index} - {Title}' -IncludeCover -IncludeMetadata"; Remarks = 'Saves with custom names, plus cover images and the task record beside each track.' }
        @{ Code = "`$task.Tracks[0] | Save-SunoTrack -LiteralPath ./best.mp3 -Force"; Remarks = 'Saves one track as a named file, replacing it if it exists.' }
        @{ Code = "New-SunoMusic -Prompt 'Lo-fi beats' | Save-SunoTrack -Wait -Path ./music -ErrorAction Stop"; Remarks = 'Waits inside Save-SunoTrack; any failure stops the script.' }
    )
}
