using System.Net;
using System.Net.Http.Headers;
using SunoPS.Emulator.Tests.Support;

namespace SunoPS.Emulator.Tests.Files;

public class FileDownloadTests
{
    [Fact]
    public async Task Each_track_downloads_as_an_mp3_whose_frames_match_the_reported_duration()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var taskId = emu.State.SeedTasks(1)[0];
        var record = await emu.RecordAsync(taskId);

        var durations = new List<double>();
        foreach (var track in record.GetProperty("response").GetProperty("sunoData").EnumerateArray())
        {
            using var response = await emu.Files.GetAsync(track.GetProperty("audioUrl").GetString());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("audio/mpeg", response.Content.Headers.ContentType?.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);

            var duration = track.GetProperty("duration").GetDouble();
            Assert.InRange(duration, 30, 240);
            Assert.Equal(duration, Math.Round(Mp3Frames.Count(bytes).Seconds, 2));
            Assert.Equal(duration, Mp3Frames.Count(bytes).Seconds, 6); // frame counts are chosen so there is no rounding
            durations.Add(duration);
        }

        Assert.Equal(2, durations.Count);
        Assert.NotEqual(durations[0], durations[1]);
    }

    [Fact]
    public async Task Range_and_HEAD_requests_are_answered_like_a_file_host()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var record = await emu.RecordAsync(emu.State.SeedTasks(1, trackSeconds: 12)[0]);
        var url = record.GetProperty("response").GetProperty("sunoData")[0].GetProperty("audioUrl").GetString()!;
        var whole = await emu.Files.GetByteArrayAsync(url);

        using var ranged = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(1000, 1999) } };
        using var partial = await emu.Files.SendAsync(ranged);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal($"bytes 1000-1999/{whole.Length}", partial.Content.Headers.ContentRange?.ToString());
        Assert.Equal(whole.AsSpan(1000, 1000).ToArray(), await partial.Content.ReadAsByteArrayAsync());

        using var head = await emu.Files.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(whole.Length, head.Content.Headers.ContentLength);
        Assert.Equal("bytes", head.Headers.AcceptRanges.Single());

        using var beyond = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(whole.Length, null) } };
        using var unsatisfiable = await emu.Files.SendAsync(beyond);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, unsatisfiable.StatusCode);
    }

    [Fact]
    public async Task The_cover_image_is_a_jpeg()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var track = (await emu.RecordAsync(emu.State.SeedTasks(1)[0])).GetProperty("response").GetProperty("sunoData")[1];

        foreach (var field in new[] { "imageUrl", "sourceImageUrl" })
        {
            using var response = await emu.Files.GetAsync(track.GetProperty(field).GetString());
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal([0xFF, 0xD8], bytes[..2]);
            Assert.Equal([0xFF, 0xD9], bytes[^2..]);
        }
    }

    [Fact]
    public async Task Files_appear_when_the_record_shows_them()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var taskId = emu.State.SeedTasks(1, status: "FIRST_SUCCESS")[0];
        var tracks = (await emu.RecordAsync(taskId)).GetProperty("response").GetProperty("sunoData");
        var firstAudio = tracks[0].GetProperty("audioUrl").GetString()!;
        var secondStream = tracks[1].GetProperty("streamAudioUrl").GetString()!;
        Assert.Equal("", tracks[1].GetProperty("audioUrl").GetString());

        // The second track's download URL is not issued yet: derive it from its stream URL.
        using var notYet = await emu.Files.GetAsync(secondStream + ".mp3");
        Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await emu.Files.GetAsync(firstAudio)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await emu.Files.GetAsync(secondStream)).StatusCode);
    }

    [Fact]
    public async Task Expired_files_answer_403_and_a_fresh_record_has_working_urls()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var taskId = emu.State.SeedTasks(1)[0];
        var oldUrl = (await emu.RecordAsync(taskId)).GetProperty("response").GetProperty("sunoData")[0].GetProperty("audioUrl").GetString()!;

        Assert.True(emu.State.ExpireFiles(taskId));

        Assert.Equal(HttpStatusCode.Forbidden, (await emu.Files.GetAsync(oldUrl)).StatusCode);
        var newUrl = (await emu.RecordAsync(taskId)).GetProperty("response").GetProperty("sunoData")[0].GetProperty("audioUrl").GetString()!;
        Assert.NotEqual(oldUrl, newUrl);
        Assert.Equal(HttpStatusCode.OK, (await emu.Files.GetAsync(newUrl)).StatusCode);
    }

    [Fact]
    public async Task Requests_that_carry_a_key_to_the_files_origin_are_counted()
    {
        await using var emu = await RunningEmulator.StartAsync();
        var url = (await emu.RecordAsync(emu.State.SeedTasks(1, trackSeconds: 1)[0])).GetProperty("response").GetProperty("sunoData")[0].GetProperty("imageUrl").GetString();

        await emu.Files.GetAsync(url);
        await emu.Api.GetAsync(url); // the API client sends its key

        var stats = emu.State.Stats;
        Assert.Equal(2, stats.FilesRequests);
        Assert.Equal(1, stats.FileRequestsWithAuthorization);
    }
}
