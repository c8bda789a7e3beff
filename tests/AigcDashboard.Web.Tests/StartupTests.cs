using System.Diagnostics;
using System.Text.Json.Nodes;
using AigcDashboard.Core.Data;
using AigcDashboard.Core.Tests;
using Npgsql;

namespace AigcDashboard.Web.Tests;

/// <summary>Start-up as an operator sees it: the real app process, its exit code and its message.</summary>
public class StartupTests
{
    [Fact]
    public async Task A_broken_seed_file_stops_start_up_with_the_reason_and_creates_no_database()
    {
        var seeds = TestData.CopySeeds();
        using var db = new TestAppDatabase();
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
                Environment =
                {
                    ["Seeds__Path"] = seeds,
                    ["Database__Provider"] = db.Provider.ToString(),
                    ["ConnectionStrings__Dashboard"] = db.ConnectionString(),
                },
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
            if (db.Provider == DatabaseProvider.Postgres)
            {
                await using var connection = new NpgsqlConnection(db.ConnectionString());
                await connection.OpenAsync();
                await using var tables = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
                Assert.Equal(0L, (long)(await tables.ExecuteScalarAsync())!);
            }
            else Assert.False(File.Exists(db.SqlitePath), "the database must not be created");
        }
        finally
        {
            Directory.Delete(seeds, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(TestAppDatabase db, string urls, params (string Key, string Value)[] settings)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "AigcDashboard.Web.dll"), "--urls", urls])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["Seeds__Path"] = TestData.SeedDirectory,
                ["Database__Provider"] = db.Provider.ToString(),
                ["ConnectionStrings__Dashboard"] = db.ConnectionString(),
            },
        };
        foreach (var (key, value) in settings) start.Environment[key] = value;
        using var app = Process.Start(start)!;
        var stderr = app.StandardError.ReadToEndAsync();
        var stdout = app.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await app.WaitForExitAsync(timeout.Token);
        return (app.ExitCode, await stderr + await stdout);
    }

    [Fact]
    public async Task An_address_in_use_stops_start_up_with_one_line_and_exit_code_1()
    {
        using var db = new TestAppDatabase();
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var (exit, output) = await RunAsync(db, $"http://127.0.0.1:{port}");
        Assert.Equal(1, exit);
        Assert.Contains("The dashboard cannot start:", output);
        Assert.Contains("address already in use", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Theory]
    [InlineData("Database__Provider", "Oracle", "Database:Provider is \"Oracle\"")]
    [InlineData("RateLimits__PagesPerSecond", "-5", "PagesPerSecond")]
    [InlineData("Cache__ViewCacheSize", "lots", "ViewCacheSize")]
    public async Task A_setting_that_cannot_be_used_stops_start_up_with_its_reason(string key, string value, string reason)
    {
        using var db = new TestAppDatabase();
        var (exit, output) = await RunAsync(db, "http://127.0.0.1:0", (key, value));
        Assert.Equal(1, exit);
        Assert.Contains("The dashboard cannot start:", output);
        Assert.Contains(reason, output);
        Assert.DoesNotContain("   at ", output);
    }
}
