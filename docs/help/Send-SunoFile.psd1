@{
    Synopsis    = 'Uploads a file to the Suno upload host.'
    Description = @'
Puts a local file (-Path) or a URL (-Uri) on the Suno file-upload host (POST /api/file-base64-upload, /api/file-stream-upload or /api/file-url-upload) and returns a SunoPS.SunoUploadedFile with DownloadUrl, FileSize, MimeType, UploadedAt and ExpiresAt (the host deletes uploads after 3 days). Files up to 10 MB go as base64 JSON, larger ones as a multipart stream; both are streamed from disk, so memory stays flat whatever the size, and a progress bar shows the bytes sent. An upload spends no credits and is retried like a read.

The host is the one set with Set-SunoApiKey -UploadBaseUri (or $env:SUNO_UPLOAD_BASE_URI; the documented host by default); the API key goes to it and to the API only. The result pipes into every cmdlet that takes audio: its DownloadUrl binds -UploadUri. Errors of the host have the same ids as the API's (SunoInvalidRequest, SunoAuthenticationFailed, SunoServerError…); a missing local file is SunoFileNotFound and nothing is sent.
'@
    Parameters  = @{
        ApiKey          = 'The key for this command only: it beats the session''s (Set-SunoApiKey) and $env:SUNO_API_KEY. A SecureString, or a plain string converted at once.'
        BaseUri         = 'The API origin for this command only; the upload host is still the session''s -UploadBaseUri.'
        Path       = 'The local file to upload. Files from Get-ChildItem bind by their FullName.'
        Uri        = 'A public http(s) URL the host downloads instead (it gives up after 30 seconds; 100 MB at most is advised).'
        UploadPath = 'The folder on the host, without leading or trailing slash (default ''sunops'').'
        FileName   = 'The name on the host; the files own name when not given. Uploading the same name again replaces the file.'
        ThrottleLimit = 'The most piped files that upload at once (1-32). Without it the number adapts, as Save-SunoTrack''s does: it starts at 4 and grows while throughput grows, up to 32, and backs off when the upload host answers 429 or 503. Results still come out in input order.'
        WhatIf     = 'Shows what would be uploaded and where, and sends nothing.'
        Confirm    = 'Asks before each upload.'
    }
    Examples    = @(
        @{ Code = 'Send-SunoFile ./vocals.mp3 | Add-SunoInstrumental -Title Backing -Style Jazz -NegativeTags Metal'; Remarks = 'Uploads a recording and asks for a backing track for it.' }
        @{ Code = 'Send-SunoFile -Uri https://example.org/song.mp3'; Remarks = 'Asks the host to fetch a public file and returns its temporary URL.' }
        @{ Code = 'Get-ChildItem ./stems -Filter *.wav | Send-SunoFile -UploadPath stems'; Remarks = 'Uploads a folder of files, 8 at a time, and returns them in the order given.' }
    )
}
