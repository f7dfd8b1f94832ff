@{
    Synopsis    = 'Gets Suno task records by id.'
    Description = @'
Reads the record of each task (GET /api/v1/generate/record-info) and returns one SunoPS.SunoTask per id: its status, the request's parameters (parsed from the API's param string), its tracks and any error. Ids come from -TaskId, from the pipeline as strings, or by property name from task objects and CSV rows (a TaskId or Id column).

Ids from the pipeline are read a few at a time in the background while more arrive, and written out in input order. An unknown id is a non-terminating SunoTaskNotFound error with the id as TargetObject; the other ids go on.
'@
    Parameters  = @{
        TaskId        = 'One or more task ids, as New-SunoMusic returned them.'
        ThrottleLimit = 'How many reads run at once (default 8).'
    }
    Examples    = @(
        @{ Code = 'Get-SunoTask -TaskId 7d9e4d9ed34ba8096fcdd5782ff94dfe'; Remarks = 'Reads one task.' }
        @{ Code = "'id1', 'id2' | Get-SunoTask | Export-Csv tasks.csv`nImport-Csv tasks.csv | Get-SunoTask"; Remarks = 'Exports task records (tracks appear as their ids) and reads them again later by the TaskId column.' }
    )
}
