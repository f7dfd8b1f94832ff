using System;
using System.Collections.Generic;
using System.Linq;
using SunoPS.Emulator;

namespace SunoPS.Tests.Reliability
{
    /// <summary>What kind of call a row makes, which decides what a fault must turn into.</summary>
    public enum CallClass
    {
        /// <summary>A read of the API that spends nothing: retried, then the fault's own id.</summary>
        Read,
        /// <summary>Wait-SunoTask: transient read failures keep the wait going until its -TimeoutSec.</summary>
        Wait,
        /// <summary>A POST that may spend credits or create something: never retried unless certainly refused.</summary>
        Paid,
        /// <summary>The upload host (Send-SunoFile).</summary>
        Upload,
        /// <summary>The file host (Save-SunoTrack's downloads).</summary>
        Files,
    }

    /// <summary>One cmdlet as a runbook calls it, and the path its faulted request goes to.</summary>
    public sealed record MatrixRow(string Cmdlet, string Script, CallClass Class, string Path, int CreditsCode = 429)
    {
        public string Target => Class switch { CallClass.Upload => "uploads", CallClass.Files => "files", _ => "api" };
    }

    /// <summary>
    /// One fault, and the outcome it must have per kind of call. <see cref="Spec"/> is what the emulator injects (null: none);
    /// the cell exists where <see cref="Applies"/> says, by default where there is something to inject.
    /// </summary>
    public sealed record MatrixFault(string Name, string Description, Func<MatrixRow, FaultSpec?> Spec, Func<MatrixRow, string?> Expected,
        Func<MatrixRow, bool>? AppliesTo = null)
    {
        public bool Applies(MatrixRow row) => AppliesTo?.Invoke(row) ?? Spec(row) != null;
    }

    /// <summary>
    /// The fault matrix of docs/reliability.md: every cmdlet that talks to a host × every fault the emulator can
    /// produce, with the outcome each cell must have. <see cref="FaultMatrixTests"/> runs each cell; the document's
    /// table is rendered from this data, and a test keeps the two the same.
    /// </summary>
    public static class FaultMatrix
    {
        public const string Ok = "ok";
        private const string Unknown = "SunoSubmissionOutcomeUnknown";

        public static readonly IReadOnlyList<MatrixRow> Rows = new[]
        {
            new MatrixRow("Get-SunoCredit", "Get-SunoCredit", CallClass.Read, "/api/v1/generate/credit"),
            new MatrixRow("Get-SunoTask", "Get-SunoTask -TaskId $done", CallClass.Read, "/api/v1/generate/record-info"),
            new MatrixRow("Wait-SunoTask", "Wait-SunoTask -TaskId $waitFor -TimeoutSec 2 -PollIntervalSec 0.1", CallClass.Wait, "/api/v1/generate/record-info"),
            new MatrixRow("Save-SunoTrack -TaskId", "Save-SunoTrack -TaskId $waitFor -Path $cell", CallClass.Read, "/api/v1/generate/record-info"),
            new MatrixRow("Get-SunoTimestampedLyric", "Get-SunoTimestampedLyric -TaskId $done -AudioId $audio", CallClass.Read, "/api/v1/generate/get-timestamped-lyrics"),
            new MatrixRow("Test-SunoVoice", "Test-SunoVoice -TaskId $voice -Family Voice", CallClass.Read, "/api/v1/voice/check-voice"),
            new MatrixRow("New-SunoMusic", "New-SunoMusic -Prompt 'Matrix'", CallClass.Paid, "/api/v1/generate"),
            new MatrixRow("New-SunoExtension", "New-SunoExtension -TaskId $done -AudioId $audio", CallClass.Paid, "/api/v1/generate/extend"),
            new MatrixRow("New-SunoCover", "New-SunoCover -UploadUri $url -Prompt 'Matrix'", CallClass.Paid, "/api/v1/generate/upload-cover"),
            new MatrixRow("Add-SunoInstrumental", "Add-SunoInstrumental -UploadUri $url -Title 'Matrix' -Style 'pop' -NegativeTags 'none'", CallClass.Paid, "/api/v1/generate/add-instrumental"),
            new MatrixRow("Add-SunoVocal", "Add-SunoVocal -UploadUri $url -Prompt 'La la' -Title 'Matrix' -Style 'pop' -NegativeTags 'none'", CallClass.Paid, "/api/v1/generate/add-vocals"),
            new MatrixRow("New-SunoMashup", "New-SunoMashup -UploadUri $url, $url -Prompt 'Matrix'", CallClass.Paid, "/api/v1/generate/mashup"),
            new MatrixRow("New-SunoSound", "New-SunoSound -Prompt 'Rain on a tin roof'", CallClass.Paid, "/api/v1/generate/sounds"),
            new MatrixRow("Edit-SunoTrack", "Edit-SunoTrack -TaskId $done -AudioId $audio -SectionStart 10 -SectionEnd 20 -Lyrics 'La' -FullLyrics 'La la la' -Style 'pop' -Title 'Matrix'", CallClass.Paid, "/api/v1/generate/replace-section"),
            new MatrixRow("ConvertTo-SunoWav", "$t = New-MatrixTrack; ConvertTo-SunoWav -TaskId $t.TaskId -AudioId $t.Tracks[0].Id", CallClass.Paid, "/api/v1/wav/generate"),
            new MatrixRow("New-SunoLyric", "New-SunoLyric -Prompt 'Matrix'", CallClass.Paid, "/api/v1/lyrics"),
            new MatrixRow("Split-SunoTrack", "Split-SunoTrack -TaskId $done -AudioId $audio", CallClass.Paid, "/api/v1/vocal-removal/generate"),
            new MatrixRow("New-SunoMidi", "New-SunoMidi -TaskId $split", CallClass.Paid, "/api/v1/midi/generate"),
            new MatrixRow("New-SunoVideo", "New-SunoVideo -TaskId $done -AudioId $audio", CallClass.Paid, "/api/v1/mp4/generate"),
            new MatrixRow("New-SunoCoverArt", "New-SunoCoverArt -TaskId $done", CallClass.Paid, "/api/v1/suno/cover/generate", CreditsCode: 402),
            new MatrixRow("Restore-SunoTrack", "Restore-SunoTrack -TaskId $done", CallClass.Paid, "/api/v1/suno/recovery"),
            new MatrixRow("New-SunoVoiceValidation", "New-SunoVoiceValidation -UploadUri $url -VocalStart 5 -VocalEnd 35", CallClass.Paid, "/api/v1/voice/validate"),
            new MatrixRow("Reset-SunoVoiceValidation", "Reset-SunoVoiceValidation -TaskId $validation", CallClass.Paid, "/api/v1/voice/regenerate"),
            new MatrixRow("New-SunoVoice", "New-SunoVoice -TaskId $validation -UploadUri $url", CallClass.Paid, "/api/v1/voice/generate"),
            new MatrixRow("New-SunoPersona", "$t = New-MatrixTrack; New-SunoPersona -TaskId $t.TaskId -AudioId $t.Tracks[0].Id -Name 'Matrix' -Description 'A test voice'", CallClass.Paid, "/api/v1/generate/generate-persona", CreditsCode: 402),
            new MatrixRow("Optimize-SunoStyle", "Optimize-SunoStyle -Style 'dreamy pop'", CallClass.Paid, "/api/v1/style/generate"),
            new MatrixRow("Send-SunoFile", "Send-SunoFile -Path $mp3", CallClass.Upload, "/api/file-base64-upload"),
            new MatrixRow("Save-SunoTrack", "$doneTask | Save-SunoTrack -Path $cell -TimeoutSec 3", CallClass.Files, "/"),
        };

        private static FaultSpec Api(MatrixRow row, FaultKind kind, int code = 0) =>
            new FaultSpec
            {
                Target = row.Target, PathPrefix = row.Path, Kind = kind, Code = code, Count = -1,
                // A submit path is the prefix of its family's record-info path: fault the POST only.
                Method = row.Class == CallClass.Paid ? "POST" : null,
            };

        private static bool IsApi(MatrixRow row) => row.Class is CallClass.Read or CallClass.Wait or CallClass.Paid;

        /// <summary>For reads and waits: the read's id, or, in a wait, its time-out (the read failure is transient).</summary>
        private static string? Transient(MatrixRow row, string readId, string paidId) => row.Class switch
        {
            CallClass.Read => readId,
            CallClass.Wait => "SunoWaitTimeout",
            CallClass.Paid => paidId,
            CallClass.Upload => readId,
            CallClass.Files => "SunoDownloadFailed",
            _ => null,
        };

        /// <summary>
        /// An answer that is there but is not the API's JSON. A record that stays unreadable after the retries is that
        /// task's error: a wait does not spend its time-out on it.
        /// </summary>
        private static string? Unreadable(MatrixRow row) => row.Class == CallClass.Wait ? "SunoServerError" : Transient(row, "SunoServerError", Unknown);

        public static readonly IReadOnlyList<MatrixFault> Faults = new[]
        {
            new MatrixFault("throttle", "body code 430 on every attempt",
                r => IsApi(r) ? Api(r, FaultKind.BodyCode, 430) : null, r => Transient(r, "SunoRateLimited", "SunoRateLimited")),
            new MatrixFault("throttle-http", "HTTP 429 with Retry-After: 0",
                r => IsApi(r) ? WithRetryAfter(Api(r, FaultKind.HttpStatus, 429)) : null, r => Transient(r, "SunoRateLimited", "SunoRateLimited")),
            new MatrixFault("maintenance", "body code 455",
                r => IsApi(r) ? Api(r, FaultKind.BodyCode, 455) : null, r => Transient(r, "SunoServiceUnavailable", "SunoServiceUnavailable")),
            new MatrixFault("credits", "body code 429 (402 where the endpoint's table says so)",
                r => IsApi(r) ? Api(r, FaultKind.BodyCode, r.CreditsCode) : null, r => "SunoInsufficientCredits"),
            new MatrixFault("auth", "HTTP 401",
                r => r.Class == CallClass.Files ? null : Api(r, FaultKind.HttpStatus, 401), r => "SunoAuthenticationFailed"),
            new MatrixFault("bad-request", "body code 422",
                r => IsApi(r) ? Api(r, FaultKind.BodyCode, 422) : null, r => "SunoInvalidRequest"),
            new MatrixFault("5xx-html", "HTTP 502 with a gateway's HTML page",
                r => Api(r, FaultKind.Html, 502), r => Transient(r, "SunoServerError", Unknown)),
            new MatrixFault("5xx-json", "HTTP 500 with the JSON envelope",
                r => r.Class == CallClass.Files ? null : Api(r, FaultKind.HttpStatus, 500), r => Transient(r, "SunoServerError", Unknown)),
            new MatrixFault("malformed", "HTTP 200 JSON cut off",
                r => r.Class == CallClass.Files ? null : Api(r, FaultKind.Malformed), Unreadable),
            new MatrixFault("truncated", "Content-Length promised, 10 bytes sent, connection closed (after the endpoint ran)",
                r => Truncated(Api(r, FaultKind.Truncate)), r => Transient(r, "SunoServiceUnavailable", Unknown)),
            new MatrixFault("invalid-utf16", "JSON strings that are lone surrogates (\"\\ud800\")",
                r => r.Class == CallClass.Files ? null : Api(r, FaultKind.InvalidUnicode), Unreadable),
            new MatrixFault("bogus-charset", "the normal answer under charset=x-emulated-bogus",
                r => r.Class == CallClass.Files ? null : Api(r, FaultKind.BogusCharset), r => Ok),
            new MatrixFault("oversized", "64 MiB with no Content-Length",
                r => Api(r, FaultKind.Oversized), r => Transient(r, "SunoServerError", Unknown)),
            new MatrixFault("gzip-bomb", "1 MB of gzip inflating to 1 GiB",
                r => r.Class == CallClass.Files ? null : Api(r, FaultKind.GzipBomb), r => Transient(r, "SunoServerError", Unknown)),
            new MatrixFault("reset", "connection aborted with no answer (before the endpoint ran)",
                r => Api(r, FaultKind.Reset), r => Transient(r, "SunoServiceUnavailable", Unknown)),
            new MatrixFault("no-answer", "no answer within the request time-out",
                r => Delayed(Api(r, FaultKind.Delay)),
                // An upload has UploadTimeout (30 min: 200 MiB take minutes), not the request time-out: a 5 s silence is waited out.
                r => r.Class == CallClass.Upload ? Ok : Transient(r, "SunoServiceUnavailable", Unknown)),
            new MatrixFault("slow-drip", "the file at 64 bytes a second",
                r => r.Class == CallClass.Files ? Dripping(Api(r, FaultKind.Slow)) : null, r => "SunoDownloadFailed"),
            new MatrixFault("wrong-type", "a captive portal's HTML page labelled audio/mpeg",
                r => r.Class == CallClass.Files ? Portal(Api(r, FaultKind.Body)) : null, r => "SunoDownloadFailed"),
            new MatrixFault("never-finishes", "a task that stays PENDING (no fault: the row is given such a task)",
                r => null, r => r.Class == CallClass.Wait ? "SunoWaitTimeout" : "SunoTaskNotComplete",
                AppliesTo: r => r.Script.Contains("$waitFor")),
            new MatrixFault("expired", "HTTP 403 on every file request, even after the URLs are renewed",
                r => r.Class == CallClass.Files ? Api(r, FaultKind.Expire) : null, r => "SunoDownloadFailed"),
        };

        private static FaultSpec WithRetryAfter(FaultSpec spec) { spec.RetryAfterSeconds = 0; return spec; }
        private static FaultSpec Truncated(FaultSpec spec) { spec.Bytes = 10; return spec; }
        private static FaultSpec Delayed(FaultSpec spec) { spec.DelayMs = 5000; return spec; }
        private static FaultSpec Dripping(FaultSpec spec) { spec.BytesPerSecond = 64; return spec; }

        private static FaultSpec Portal(FaultSpec spec)
        {
            spec.Text = "<!DOCTYPE html><html><body><h1>Sign in to the hotel Wi-Fi</h1></body></html>";
            spec.ContentType = "audio/mpeg";
            return spec;
        }

        /// <summary>Every cell that applies, as xunit theory data: (row, fault).</summary>
        public static IEnumerable<object[]> Cells() =>
            from row in Rows
            from fault in Faults
            where fault.Applies(row)
            select new object[] { row.Cmdlet, fault.Name };

        /// <summary>The table of docs/reliability.md: a line per cmdlet, a column per fault; "—" where the fault cannot reach it.</summary>
        public static string RenderMarkdown()
        {
            static string Short(string? id) => id == null ? "—" : id == Ok ? "ok" : id.Replace("Suno", "");
            var lines = new List<string>
            {
                "| Cmdlet | " + string.Join(" | ", Faults.Select(f => f.Name)) + " |",
                "| --- | " + string.Join(" | ", Faults.Select(_ => "---")) + " |",
            };
            foreach (var row in Rows)
            {
                lines.Add("| " + row.Cmdlet + " | " + string.Join(" | ", Faults.Select(f => f.Applies(row) ? Short(f.Expected(row)) : "—")) + " |");
            }

            return string.Join("\n", lines);
        }
    }
}
