using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SunoPS.Emulator.Tests.Hosting;

public class ExecutableTests
{
    [Fact]
    public async Task The_executable_prints_its_origins_and_exits_when_stdin_closes()
    {
        var dll = typeof(SunoEmulator).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--key", "k", "--exit-on-stdin-close" },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(15));

            // The two first fields stay where older parsers look for them; the upload origin comes third.
            var match = Regex.Match(line ?? "", @"^SunoPS emulator listening api=(http://127\.0\.0\.1:\d+/) files=(http://127\.0\.0\.1:\d+/) uploads=(http://127\.0\.0\.1:\d+/)$");
            Assert.True(match.Success, $"unexpected line: {line}");
            using var client = new HttpClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", "k");
            Assert.Contains("\"code\":200", await client.GetStringAsync(match.Groups[1].Value + "api/v1/generate/credit"));
            using var upload = await client.PostAsync(match.Groups[3].Value + "api/file-url-upload", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, upload.StatusCode); // the upload host answers (and knows the key)

            process.StandardInput.Close();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill();
        }
    }
}
