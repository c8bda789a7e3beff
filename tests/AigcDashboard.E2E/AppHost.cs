using System.Diagnostics;
using System.Text.RegularExpressions;
using AigcDashboard.Core.Tests;

namespace AigcDashboard.E2E;

/// <summary>The real dashboard in its own process, on a free loopback port, with a new database (SQLite, or PostgreSQL on test.sh's second pass).</summary>
public sealed partial class AppHost : IAsyncDisposable
{
    private Process process;
    private readonly TestAppDatabase database;
    private readonly Queue<string> log;
    private readonly Dictionary<string, string?> environment;
    private readonly string appDir;

    public string BaseUrl { get; private set; }

    /// <summary>An admin account, made through the app's own command line before it starts.</summary>
    public const string EditorName = "e2e-admin", EditorPassword = "an e2e password, long enough";

    private AppHost(Process process, TestAppDatabase database, string baseUrl, Queue<string> log, Dictionary<string, string?> environment, string appDir) =>
        (this.process, this.database, BaseUrl, this.log, this.environment, this.appDir) = (process, database, baseUrl, log, environment, appDir);

    /// <summary>How many database commands the app has run, when it logs them (Microsoft.EntityFrameworkCore.Database.Command at Information).</summary>
    public int CommandsRun => Volatile.Read(ref commands);
    private int commands;

    /// <summary>The errors the app has logged (its "fail" and "crit" lines), in order.</summary>
    public IReadOnlyList<string> Errors
    {
        get { lock (errors) return errors.ToList(); }
    }
    private readonly List<string> errors = [];

    /// <summary>The app's last lines of output (every request's start and end among them).</summary>
    public string RecentLog(int lines)
    {
        lock (log) return string.Join("\n", log.Skip(Math.Max(0, log.Count - lines)));
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    /// <param name="settings">More settings for the app, as environment variables (Cache__ViewCacheSize, say).</param>
    public static async Task<AppHost> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
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
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) environment[key] = value;
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
        var output = new Queue<string>();
        AppHost? host = null;
        var (process, url) = await LaunchAsync(appDir, environment, "http://127.0.0.1:0", output, line => host?.Read(line));
        return host = new AppHost(process, database, url, output, environment, appDir);
    }

    /// <summary>Stops the app, as a crash or a deployment would, and starts it again on the same address.</summary>
    public async Task RestartAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        (process, BaseUrl) = await LaunchAsync(appDir, environment, BaseUrl, log, Read);
    }

    private void Read(string line)
    {
        if (line.Contains("Executed DbCommand", StringComparison.Ordinal)) Interlocked.Increment(ref commands);
        if ((line.Contains(" fail: ", StringComparison.Ordinal) || line.Contains(" crit: ", StringComparison.Ordinal)) && !BrowserLeft(line))
            lock (errors) errors.Add(line);
    }

    /// <summary>A call into the browser that failed because its page had closed: a test that ends
    /// right after a click closes its page while the circuit still finishes that click's work.
    /// Blazor logs it as an error, although no reader is left to meet it.</summary>
    private static bool BrowserLeft(string line) =>
        line.Contains("JSDisconnectedException", StringComparison.Ordinal)
        || (line.Contains("TaskCanceledException", StringComparison.Ordinal) && line.Contains("Microsoft.JSInterop.JSRuntime.InvokeAsync", StringComparison.Ordinal));

    private static async Task<(Process, string)> LaunchAsync(string appDir, Dictionary<string, string?> environment, string urls, Queue<string> output, Action<string> read)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(appDir, "AigcDashboard.Web.dll"), "--urls", urls])
        {
            WorkingDirectory = appDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (k, v) in environment) start.Environment[k] = v;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the dashboard");
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
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
            read(e.Data);
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
        return (process, await listening.Task);
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
