using System.Text.Json;
using Microsoft.Playwright;

namespace AigcDashboard.Bench;

/// <summary>
/// Times what a person waits for, in Chromium with the Performance API: navigation to every
/// chart drawn, a filter change to the updated panel, and the bytes each view loads.
/// </summary>
public static class BrowserTimer
{
    private static readonly string[] Views = ["/", "/timeline", "/funding", "/stages", "/sources"];

    public static async Task<int> RunAsync(string baseUrl)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Console.WriteLine("| view | ready after navigation (ms) | slowest chart to draw (ms) | HTML (KB) | JS (KB) | CSS (KB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var view in Views)
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
            await page.GotoAsync(baseUrl + view + "?lang=en", new() { WaitUntil = WaitUntilState.Load });
            // Ready: every chart drawn (pages without charts are ready at load).
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-apex-chart]')].every(c => c.dataset.drawn)");
            var m = await page.EvaluateAsync<JsonElement>("""
                () => {
                    const nav = performance.getEntriesByType('navigation')[0];
                    // Bytes as they crossed the wire (compressed), each resource counted once by its extension.
                    const sum = (ext) => performance.getEntriesByType('resource').filter(r => new URL(r.name).pathname.endsWith('.' + ext))
                        .reduce((s, r) => s + (r.encodedBodySize || 0), 0);
                    // Charts are drawn side by side (their measures overlap): the slowest one.
                    const slowest = performance.getEntriesByType('measure').filter(m => m.name.startsWith('chart '))
                        .sort((a, b) => b.duration - a.duration)[0];
                    const charts = slowest ? `${Math.round(slowest.duration)} (${slowest.name.slice(6)})` : '—';
                    return { ready: performance.now(), charts, html: nav.encodedBodySize, js: sum('js'), css: sum('css') };
                }
                """);
            Console.WriteLine($"| {view} | {m.GetProperty("ready").GetDouble():0} | {m.GetProperty("charts").GetString()} | {m.GetProperty("html").GetDouble() / 1024:0.0} | {m.GetProperty("js").GetDouble() / 1024:0.0} | {m.GetProperty("css").GetDouble() / 1024:0.0} |");
            await page.CloseAsync();
        }

        // A filter change: from the click to the swapped, settled panel (and drawn charts).
        Console.WriteLine();
        // The first change meets a cold server (a query shape not yet compiled, nothing cached);
        // the later ones are what a presenter sees clicking back and forth.
        Console.WriteLine("| filter change | first (ms) | then, median of 4 (ms) |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var view in new[] { "/timeline", "/funding" })
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
            await page.GotoAsync(baseUrl + view + "?lang=en", new() { WaitUntil = WaitUntilState.NetworkIdle });
            var times = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                await page.EvaluateAsync("() => { window.__settled = 0; document.body.addEventListener('htmx:afterSettle', () => { window.__settled = performance.now(); }, { once: true }); }");
                var clicked = await page.EvaluateAsync<double>("() => performance.now()");
                await page.Locator("label.region-option").First.ClickAsync();
                await page.WaitForFunctionAsync("() => window.__settled && [...document.querySelectorAll('[data-apex-chart]')].every(c => c.dataset.drawn)");
                times.Add(await page.EvaluateAsync<double>("() => window.__settled") - clicked);
            }
            var later = times.Skip(1).Order().ToList();
            Console.WriteLine($"| {view}: region | {times[0]:0} | {(later[1] + later[2]) / 2:0} |");
            await page.CloseAsync();
        }
        return 0;
    }
}
