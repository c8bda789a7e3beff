using System.Diagnostics;
using System.Text.RegularExpressions;
using AigcDashboard.Core.Tests;

namespace AigcDashboard.E2E;

/// <summary>The real dashboard in its own process, on a free loopback port, with a new database (SQLite, or PostgreSQL on test.sh's second pass).</summary>
public sealed partial class AppHost : IAsyncDisposable
{
    private readonly Process process;
    private readonly TestAppDatabase database;
    private readonly Queue<string> log;

    public string BaseUrl { get; }

    /// <summary>An admin account, made through the app's own command line before it starts.</summary>
    public const string EditorName = "e2e-admin", EditorPassword = "an e2e password, long enough";

    private AppHost(Process process, TestAppDatabase database, string baseUrl, Queue<string> log) =>
        (this.process, this.database, BaseUrl, this.log) = (process, database, baseUrl, log);

    /// <summary>The app's last lines of output (every request's start and end among them).</summary>
    public string RecentLog(int lines)
    {
        lock (log) return string.Join("\n", log.Skip(Math.Max(0, log.Count - lines)));
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    public static async Task<AppHost> StartAsync()
    {
        // The web project's own build output (same configuration as these tests), so that its
        // static web assets manifest points at the repository's web root.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var appDir = Path.Combine(TestData.RepoRoot, "src", "AigcDashboard.Web", "bin", configuration, "net10.0");
        var database = new TestAppDatabase();
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Information",
            // "Request starting …" / "Request finished …": what a test that timed out tells.
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ",
        };
        foreach (var (key, value) in database.Settings()) environment[key.Replace(":", "__")] = value;
        var create = new ProcessStartInfo("dotnet", [Path.Combine(appDir, "AigcDashboard.Web.dll"), "--create-user", EditorName, "--role", "admin"])
        {
            WorkingDirectory = appDir, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var (k, v) in environment) create.Environment[k] = v;
        create.Environment["AIGC_PASSWORD"] = EditorPassword;
        using (var creating = Process.Start(create)!)
        {
            var said = await creating.StandardOutput.ReadToEndAsync() + await creating.StandardError.ReadToEndAsync();
            await creating.WaitForExitAsync();
            if (creating.ExitCode != 0) throw new InvalidOperationException($"--create-user failed ({creating.ExitCode}): {said}");
        }
        var start = new ProcessStartInfo("dotnet", [Path.Combine(appDir, "AigcDashboard.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = appDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (k, v) in environment) start.Environment[k] = v;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the dashboard");
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new Queue<string>();
        void Keep(string line)
        {
            lock (output)
            {
                output.Enqueue(line);
                if (output.Count > 2000) output.Dequeue();
            }
        }
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            Keep(e.Data);
            if (Listening().Match(e.Data) is { Success: true } m) listening.TrySetResult(m.Groups[1].Value);
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Keep(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var done = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (done != listening.Task)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            lock (output) throw new InvalidOperationException("The dashboard did not start:\n" + string.Join("\n", output));
        }
        return new AppHost(process, database, await listening.Task, output);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        database.Dispose();
    }
}
