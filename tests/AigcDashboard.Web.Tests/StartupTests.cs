using System.Diagnostics;
using System.Text.Json.Nodes;
using AigcDashboard.Core.Tests;

namespace AigcDashboard.Web.Tests;

/// <summary>Start-up as an operator sees it: the real app process, its exit code and its message.</summary>
public class StartupTests
{
    [Fact]
    public async Task A_broken_seed_file_stops_start_up_with_the_reason_and_creates_no_database()
    {
        var seeds = TestData.CopySeeds();
        var db = Path.Combine(Path.GetTempPath(), $"aigc-startup-{Guid.NewGuid():N}.db");
        try
        {
            var path = Path.Combine(seeds, "events.json");
            var events = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
            events[5]!["precision"] = "week";
            await File.WriteAllTextAsync(path, events.ToJsonString());

            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "AigcDashboard.Web.dll"), "--urls", "http://127.0.0.1:0"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                Environment = { ["Seeds__Path"] = seeds, ["ConnectionStrings__Dashboard"] = $"Data Source={db}" },
            };
            using var app = Process.Start(start)!;
            var stderr = app.StandardError.ReadToEndAsync();
            var stdout = app.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await app.WaitForExitAsync(timeout.Token);

            Assert.Equal(1, app.ExitCode);
            var message = await stderr;
            Assert.Contains("events.json", message);
            Assert.Contains(events[5]!["id"]!.GetValue<string>(), message);
            Assert.Contains("precision", message);
            Assert.DoesNotContain("   at ", message + await stdout);
            Assert.False(File.Exists(db), "the database must not be created");
        }
        finally
        {
            Directory.Delete(seeds, recursive: true);
            if (File.Exists(db)) File.Delete(db);
        }
    }
}
