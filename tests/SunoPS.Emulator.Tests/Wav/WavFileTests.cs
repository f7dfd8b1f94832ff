using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Wav;

public class WavFileTests
{
    [Theory]
    [InlineData(44100, 2, 2.4)]   // the default format
    [InlineData(8000, 1, 12)]
    [InlineData(22050, 2, 0.12)]
    public async Task A_wav_is_a_riff_file_as_long_as_the_track(int sampleRate, int channels, double trackSeconds)
    {
        await using var emu = await RunningEmulator.StartAsync(o => { o.WavSampleRate = sampleRate; o.WavChannels = channels; });
        var musicTaskId = emu.State.SeedTasks(1, trackSeconds: trackSeconds)[0];
        var track = (await emu.RecordAsync(musicTaskId)).GetProperty("response").GetProperty("sunoData")[0];
        var duration = track.GetProperty("duration").GetDouble();
        var wavId = await emu.SubmitWavAsync(musicTaskId, track.GetProperty("id").GetString()!);
        emu.State.AdvanceClock(15);
        var url = (await emu.WavRecordAsync(wavId)).GetProperty("response").GetProperty("audioWavUrl").GetString();

        using var response = await emu.Files.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        var header = WavHeader.Parse(bytes);
        Assert.Equal((1, channels, sampleRate, 16), ((int)header.Format, (int)header.Channels, (int)header.SampleRate, (int)header.BitsPerSample));
        Assert.Equal(bytes.Length - 44, (long)header.DataSize);
        Assert.Equal(bytes.Length - 8, (long)header.RiffSize);
        Assert.Equal((long)Math.Round(duration * header.ByteRate), (long)header.DataSize); // to the sample
        Assert.Equal(0u, header.DataSize % header.BlockAlign);
        Assert.All(bytes[44..], b => Assert.Equal((byte)0, b)); // silence
    }

    [Fact]
    public async Task The_wav_answers_404_until_the_record_shows_it_and_never_on_failure()
    {
        await using var emu = await RunningEmulator.StartAsync(o => { o.WavSampleRate = 8000; o.WavChannels = 1; });
        var (musicTaskId, audioIds) = await emu.FinishedMusicAsync();
        var pendingId = await emu.SubmitWavAsync(musicTaskId, audioIds[0]);
        var failedId = emu.State.SeedTasks(new SeedTasksRequest { Family = "wav", Status = "GENERATE_WAV_FAILED" })[0];
        // Their records show no URL yet (or ever): derive it from the documented shape.
        string UrlOf(string id) => $"{emu.Emulator.FilesUri}w/1/{Convert.ToBase64String(Encoding.ASCII.GetBytes(id)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.wav";

        Assert.Equal(HttpStatusCode.NotFound, (await emu.Files.GetAsync(UrlOf(pendingId))).StatusCode);
        emu.State.AdvanceClock(15);
        Assert.Equal(UrlOf(pendingId), (await emu.WavRecordAsync(pendingId)).GetProperty("response").GetProperty("audioWavUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, (await emu.Files.GetAsync(UrlOf(pendingId))).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await emu.Files.GetAsync(UrlOf(failedId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await emu.Files.GetAsync(UrlOf("0123456789abcdef0123456789abcdef"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await emu.Files.GetAsync(UrlOf(pendingId).Replace(".wav", ".mp3"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await emu.Files.GetAsync(UrlOf(pendingId).Replace("/w/1/", "/w/2/"))).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await emu.Files.PostAsync(UrlOf(pendingId), null)).StatusCode);
    }

    [Fact]
    public async Task Ranges_and_HEAD_work_on_a_wav()
    {
        await using var emu = await RunningEmulator.StartAsync(o => { o.WavSampleRate = 8000; o.WavChannels = 1; });
        var url = await SeededWavUrlAsync(emu);
        var whole = await emu.Files.GetByteArrayAsync(url);

        using var ranged = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(40, 59) } };
        using var partial = await emu.Files.SendAsync(ranged);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal($"bytes 40-59/{whole.Length}", partial.Content.Headers.ContentRange?.ToString());
        Assert.Equal(whole.AsSpan(40, 20).ToArray(), await partial.Content.ReadAsByteArrayAsync()); // across the header's end

        using var head = await emu.Files.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(whole.Length, head.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Expired_wav_urls_answer_their_code_and_the_record_shows_a_new_one()
    {
        await using var emu = await RunningEmulator.StartAsync(o => { o.WavSampleRate = 8000; o.WavChannels = 1; });
        var wavId = emu.State.SeedTasks(new SeedTasksRequest { Family = "wav", Status = "SUCCESS", TrackSeconds = 1.2 })[0];
        var oldUrl = (await emu.WavRecordAsync(wavId)).GetProperty("response").GetProperty("audioWavUrl").GetString()!;

        Assert.True(emu.State.ExpireFiles(wavId));
        Assert.Equal(HttpStatusCode.Forbidden, (await emu.Files.GetAsync(oldUrl)).StatusCode);

        using var control = new HttpClient { BaseAddress = emu.Emulator.ApiUri };
        using var expired = await control.PostAsJsonAsync("_emulator/expire-files", new { taskId = wavId, code = 410 });
        Assert.Equal(HttpStatusCode.OK, expired.StatusCode);
        Assert.Contains("\"fileGeneration\":3", await expired.Content.ReadAsStringAsync());

        var record = await emu.WavRecordAsync(wavId);
        var newUrl = record.GetProperty("response").GetProperty("audioWavUrl").GetString()!;
        Assert.Contains("/w/3/", newUrl);
        Assert.Equal(3, record.GetProperty("emulator").GetProperty("fileGeneration").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await emu.Files.GetAsync(oldUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await emu.Files.GetAsync(newUrl.Replace("/w/3/", "/w/2/"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await emu.Files.GetAsync(newUrl)).StatusCode);
    }

    [Fact]
    public async Task A_truncate_fault_on_the_wav_path_cuts_the_download()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var url = await SeededWavUrlAsync(emu, trackSeconds: 1.2); // 1.2 s × 176,400 B/s + 44
        emu.State.AddFault(new FaultSpec { Target = "files", PathPrefix = "/w/", Kind = FaultKind.Truncate, Bytes = 1000 });

        using var response = await emu.Files.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(211_724L, response.Content.Headers.ContentLength);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var received = 0;
        var buffer = new byte[8192];
        var error = await Record.ExceptionAsync(async () =>
        {
            int n;
            while ((n = await stream.ReadAsync(buffer)) > 0) received += n;
        });

        Assert.IsAssignableFrom<IOException>(error);
        Assert.Equal(1000, received);
        Assert.Equal(1, emu.State.Stats.FaultsApplied);
    }

    [Fact]
    public async Task A_fault_on_the_wav_api_paths_leaves_music_alone()
    {
        await using var emu = await RunningEmulator.StartAsync();
        emu.State.AddFault(new FaultSpec { PathPrefix = "/api/v1/wav/", Kind = FaultKind.BodyCode, Code = 455, Count = -1 });

        Assert.Equal(455, (await emu.PostJsonAsync("api/v1/wav/generate", new { })).GetProperty("code").GetInt32());
        Assert.Equal(455, (await emu.GetJsonAsync("api/v1/wav/record-info?taskId=x")).GetProperty("code").GetInt32());
        Assert.Equal(200, (await emu.GetJsonAsync("api/v1/generate/credit")).GetProperty("code").GetInt32());
    }

    private static async Task<string> SeededWavUrlAsync(RunningEmulator emu, double trackSeconds = 0.24)
    {
        var wavId = emu.State.SeedTasks(new SeedTasksRequest { Family = "wav", Status = "SUCCESS", TrackSeconds = trackSeconds })[0];
        return (await emu.WavRecordAsync(wavId)).GetProperty("response").GetProperty("audioWavUrl").GetString()!;
    }
}
