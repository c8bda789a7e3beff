using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AigcDashboard.Bench;

/// <summary>
/// What circuits cost the server: opens real Chromium pages on the dashboard's views, keeps them
/// connected, and reads the server's live managed heap (dotnet-gcdump, which collects first) and
/// its working set before and after, and again once the pages are gone.
/// </summary>
public static partial class CircuitMemory
{
    private static readonly string[] AllViews =
        ["/?lang=en", "/timeline?lang=en", "/funding?lang=en", "/stages?lang=en", "/sources?lang=zh", "/timeline?lang=zh&region=CN&at=2023"];

    /// <param name="views">The addresses the pages open, in turn (by default, every view).</param>
    public static async Task<int> RunAsync(string baseUrl, int pid, int pages, string[]? views = null)
    {
        var chosen = views is { Length: > 0 } ? views : AllViews;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTimer.LaunchAsync(playwright);
        // One page first, so what every circuit shares (compiled queries, cached views, code) is there before the count starts.
        await OpenAsync(browser, baseUrl, chosen[0]);
        var before = await HeapAsync(pid);
        var rssBefore = WorkingSet(pid);

        var open = new List<IBrowserContext>();
        for (var i = 0; i < pages; i++) open.Add(await OpenAsync(browser, baseUrl, chosen[i % chosen.Length]));
        var during = await HeapAsync(pid);
        var rssDuring = WorkingSet(pid);

        foreach (var context in open) await context.CloseAsync();

        Console.WriteLine($"| {pages} circuits open | before | with them | per circuit |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| live managed heap (dotnet-gcdump) | {before.Bytes / 1048576.0:0.0} MB | {during.Bytes / 1048576.0:0.0} MB | {(during.Bytes - before.Bytes) / 1024.0 / pages:0} KB |");
        Console.WriteLine($"| working set | {rssBefore / 1024.0:0} MB | {rssDuring / 1024.0:0} MB | {(rssDuring - rssBefore) / (double)pages:0} KB |");
        Console.WriteLine($"| CircuitHost objects | {before.Circuits} | {during.Circuits} | |");
        Console.WriteLine();
        Console.WriteLine("What grew most, per circuit:");
        Console.WriteLine();
        Console.WriteLine("| type | KB per circuit | objects per circuit |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (type, (bytes, count)) in during.Types
                     .Select(t => (t.Key, (Bytes: t.Value.Bytes - before.Types.GetValueOrDefault(t.Key).Bytes, Count: t.Value.Count - before.Types.GetValueOrDefault(t.Key).Count)))
                     .Where(t => t.Item2.Bytes > 0)
                     .OrderByDescending(t => t.Item2.Bytes).Take(15))
            Console.WriteLine($"| `{type}` | {bytes / 1024.0 / pages:0.0} | {count / (double)pages:0} |");
        Console.WriteLine();
        // Each component keeps its render tree, so their number is what to cut first.
        Console.WriteLine("Components per circuit (MudBlazor's and ours):");
        Console.WriteLine();
        Console.WriteLine("| component | per circuit |");
        Console.WriteLine("|---|---:|");
        foreach (var (type, count) in during.Types
                     .Where(t => IsComponent(t.Key))
                     .Select(t => (t.Key, Count: t.Value.Count - before.Types.GetValueOrDefault(t.Key).Count))
                     .Where(t => t.Count >= pages)
                     .OrderByDescending(t => t.Count).Take(80))
            Console.WriteLine($"| `{type}` | {count / (double)pages:0.#} |");
        Console.WriteLine();
        Console.WriteLine("Closed pages keep their circuits for Blazor's retention period (3 min by default), so a reconnect finds them.");
        return 0;
    }

    private static async Task<IBrowserContext> OpenAsync(IBrowser browser, string baseUrl, string view)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + view, new() { WaitUntil = WaitUntilState.Load });
        await page.WaitForFunctionAsync(BrowserTimer.Settled);
        return context;
    }

    /// <summary>The live heap as dotnet-gcdump reports it (after a full collection), and how many circuits it holds.</summary>
    private static async Task<(long Bytes, int Circuits, Dictionary<string, (long Bytes, long Count)> Types)> HeapAsync(int pid)
    {
        var start = new ProcessStartInfo("dotnet", ["dotnet-gcdump", "report", "-p", pid.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var gcdump = Process.Start(start) ?? throw new InvalidOperationException("could not run dotnet-gcdump (dotnet tool restore)");
        var report = await gcdump.StandardOutput.ReadToEndAsync();
        await gcdump.WaitForExitAsync();
        var heap = HeapBytes().Match(report);
        if (gcdump.ExitCode != 0 || !heap.Success) throw new InvalidOperationException("dotnet-gcdump: " + report + await gcdump.StandardError.ReadToEndAsync());
        var circuits = CircuitHosts().Match(report);
        var types = new Dictionary<string, (long Bytes, long Count)>();
        foreach (Match row in TypeRow().Matches(report))
        {
            // The first column is the size of one object (for the "Bytes > N" rows, their mean).
            var (bytes, count) = types.GetValueOrDefault(row.Groups[3].Value);
            var objects = Number(row.Groups[2].Value);
            types[row.Groups[3].Value] = (bytes + Number(row.Groups[1].Value) * objects, count + objects);
        }
        return (Number(heap.Groups[1].Value), circuits.Success ? (int)Number(circuits.Groups[1].Value) : 0, types);
    }

    /// <summary>MudBlazor's components (not its state and value types) and ours, by their type names.</summary>
    private static bool IsComponent(string type) =>
        type.StartsWith("AigcDashboard.Web.Components.", StringComparison.Ordinal) && !type.Contains("+<", StringComparison.Ordinal)
        || type.StartsWith("MudBlazor.Mud", StringComparison.Ordinal) && !type.StartsWith("MudBlazor.MudColor", StringComparison.Ordinal)
        || type.StartsWith("Microsoft.AspNetCore.Components.", StringComparison.Ordinal) && type.Contains("Cascading", StringComparison.Ordinal) && !type.Contains("Supplier", StringComparison.Ordinal);

    private static long Number(string digits) => long.Parse(digits.Replace(",", ""), CultureInfo.InvariantCulture);

    /// <summary>VmRSS of the process, in KB.</summary>
    private static long WorkingSet(int pid) =>
        long.Parse(File.ReadLines($"/proc/{pid}/status").Single(l => l.StartsWith("VmRSS:")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    [GeneratedRegex(@"([\d,]+)\s+GC Heap bytes")]
    private static partial Regex HeapBytes();

    [GeneratedRegex(@"[\d,]+\s+([\d,]+)\s+Microsoft\.AspNetCore\.Components\.Server\.Circuits\.CircuitHost\s")]
    private static partial Regex CircuitHosts();

    /// <summary>A row of the report: bytes per object, objects, and the type (without the size bucket and assembly).</summary>
    [GeneratedRegex(@"^\s*([\d,]+)\s+([\d,]+)\s+(.+?)(?:\s+\(Bytes > [\dK]+\))?\s+\[[^\]]+\]\s*$", RegexOptions.Multiline)]
    private static partial Regex TypeRow();
}
