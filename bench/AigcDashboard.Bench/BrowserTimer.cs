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
        Console.WriteLine("| view | ready after navigation (ms) | HTML (KB) | JS (KB) | CSS (KB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var view in Views)
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
            await page.GotoAsync(baseUrl + view + "?lang=en", new() { WaitUntil = WaitUntilState.Load });
            // Ready: every chart drawn (pages without charts are ready at load).
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-apex-chart]')].every(c => c.dataset.drawn)");
            var m = await page.EvaluateAsync<JsonElement>("""
                () => {
                    const nav = performance.getEntriesByType('navigation')[0];
                    const sum = (type) => performance.getEntriesByType('resource').filter(r => r.initiatorType === type || r.name.endsWith('.' + type))
                        .reduce((s, r) => s + (r.encodedBodySize || 0), 0);
                    return { ready: performance.now(), html: nav.encodedBodySize, js: sum('script') + sum('js'), css: sum('link') + sum('css') };
                }
                """);
            Console.WriteLine($"| {view} | {m.GetProperty("ready").GetDouble():0} | {m.GetProperty("html").GetDouble() / 1024:0.0} | {m.GetProperty("js").GetDouble() / 1024:0.0} | {m.GetProperty("css").GetDouble() / 1024:0.0} |");
            await page.CloseAsync();
        }

        // A filter change: from the click to the swapped, settled panel (and drawn charts).
        Console.WriteLine();
        Console.WriteLine("| filter change | updated after (ms) |");
        Console.WriteLine("|---|---:|");
        foreach (var view in new[] { "/timeline", "/funding" })
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
            await page.GotoAsync(baseUrl + view + "?lang=en", new() { WaitUntil = WaitUntilState.NetworkIdle });
            await page.EvaluateAsync("() => document.body.addEventListener('htmx:afterSettle', () => { window.__settled = performance.now(); }, { once: true })");
            var clicked = await page.EvaluateAsync<double>("() => performance.now()");
            await page.Locator("label.region-option").First.ClickAsync();
            await page.WaitForFunctionAsync("() => window.__settled && [...document.querySelectorAll('[data-apex-chart]')].every(c => c.dataset.drawn)");
            var settled = await page.EvaluateAsync<double>("() => window.__settled");
            Console.WriteLine($"| {view}: region | {settled - clicked:0} |");
            await page.CloseAsync();
        }
        return 0;
    }
}
