using System.Text.Json;
using Microsoft.Playwright;

namespace AigcDashboard.Bench;

/// <summary>
/// Times what a person waits for, in Chromium with the Performance API: from navigation to the
/// server-rendered page painted, to its circuit connected, and to every chart drawn; a filter
/// change on the circuit to the new view shown; and the bytes each view loads.
/// </summary>
public static class BrowserTimer
{
    private static readonly string[] Views = ["/", "/timeline", "/funding", "/stages", "/sources"];

    /// <summary>The page is interactive and shows the view of its address: circuit connected, nothing loading, every chart drawn.</summary>
    internal const string Settled = """
        () => document.querySelector('#app[data-circuit=connected]') && !document.querySelector('.page-progress, main[aria-busy=true]')
            && [...document.querySelectorAll('.chart-canvas')].every(c => c.dataset.drawn)
        """;

    internal static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    public static async Task<int> RunAsync(string baseUrl)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        Console.WriteLine("| view | first paint (ms) | circuit connected (ms) | ready (ms) | slowest chart to draw (ms) | HTML (KB) | JS (KB) | CSS (KB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var view in Views)
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
            // The layout marks the moment its circuit starts (data-circuit), for the tests and for this;
            // the circuit's first render may replace the prerendered element rather than change it.
            await page.AddInitScriptAsync("""
                new MutationObserver((_, o) => {
                    if (document.querySelector('#app[data-circuit=connected]')) { window.__connected = performance.now(); o.disconnect(); }
                }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-circuit'] });
                """);
            await page.GotoAsync(baseUrl + view + "?lang=en", new() { WaitUntil = WaitUntilState.Load });
            await page.WaitForFunctionAsync(Settled);
            var m = await page.EvaluateAsync<JsonElement>("""
                () => {
                    const nav = performance.getEntriesByType('navigation')[0];
                    const paint = performance.getEntriesByName('first-contentful-paint')[0];
                    // Bytes as they crossed the wire (compressed), each resource counted once by its extension.
                    const sum = (ext) => performance.getEntriesByType('resource').filter(r => new URL(r.name).pathname.endsWith('.' + ext))
                        .reduce((s, r) => s + (r.encodedBodySize || 0), 0);
                    // Charts are drawn side by side (their measures overlap): the slowest one.
                    const slowest = performance.getEntriesByType('measure').filter(m => m.name.startsWith('chart '))
                        .sort((a, b) => b.duration - a.duration)[0];
                    const charts = slowest ? `${Math.round(slowest.duration)} (${slowest.name.slice(6)})` : '—';
                    return { paint: paint ? paint.startTime : 0, connected: window.__connected || 0, ready: performance.now(), charts,
                        html: nav.encodedBodySize, js: sum('js'), css: sum('css') };
                }
                """);
            Console.WriteLine($"| {view} | {m.GetProperty("paint").GetDouble():0} | {m.GetProperty("connected").GetDouble():0} | {m.GetProperty("ready").GetDouble():0} | "
                + $"{m.GetProperty("charts").GetString()} | {m.GetProperty("html").GetDouble() / 1024:0.0} | {m.GetProperty("js").GetDouble() / 1024:0.0} | {m.GetProperty("css").GetDouble() / 1024:0.0} |");
            await page.CloseAsync();
        }

        // A filter change on the circuit: from the navigation to the new view settled (charts updated in place).
        Console.WriteLine();
        // The first change meets a cold server (a query shape not yet compiled, nothing cached);
        // the later ones are what a presenter sees clicking back and forth.
        Console.WriteLine("| filter change on the circuit | first (ms) | then, median of 8 (ms) |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var view in new[] { "/timeline", "/funding" })
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
            await page.GotoAsync(baseUrl + view + "?lang=en", new() { WaitUntil = WaitUntilState.Load });
            await page.WaitForFunctionAsync(Settled);
            var times = new List<double>();
            for (var i = 0; i < 9; i++)
            {
                var target = view + (i % 2 == 0 ? "?region=US&lang=en" : "?lang=en");
                // Timed in the page, frame by frame, so that neither Playwright's polling nor its round
                // trips count: done at the first frame where the address is the new one, the page has
                // changed since, nothing loads, and every chart has drawn again since the change.
                var elapsed = await page.EvaluateAsync<double>($$"""
                    (url) => new Promise((done, fail) => {
                        const settled = {{Settled}};
                        const charts = document.querySelectorAll('.chart-canvas').length;
                        let changed = false;
                        new MutationObserver((_, o) => { changed = true; o.disconnect(); })
                            .observe(document.body, { subtree: true, childList: true, characterData: true });
                        const t = performance.now();
                        const redrawn = () => performance.getEntriesByType('measure').filter(m => m.name.startsWith('chart ') && m.startTime > t).length;
                        const check = () => changed && location.pathname + location.search === url && settled() && redrawn() >= charts
                            ? done(performance.now() - t) : requestAnimationFrame(check);
                        requestAnimationFrame(check);
                        setTimeout(() => fail(new Error(`no settled view in 30 s: address ${location.pathname + location.search}, changed ${changed}, settled ${!!settled()}, charts redrawn ${redrawn()} of ${charts}`)), 30000);
                        Blazor.navigateTo(url);
                    })
                    """, target);
                times.Add(elapsed);
            }
            var later = times.Skip(1).Order().ToList();
            Console.WriteLine($"| {view}: region | {times[0]:0} | {(later[3] + later[4]) / 2:0} |");
            await page.CloseAsync();
        }
        return 0;
    }
}
