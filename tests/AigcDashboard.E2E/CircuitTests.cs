using System.Text.Json.Nodes;
using AigcDashboard.Core.Tests;
using Microsoft.Playwright;

namespace AigcDashboard.E2E;

/// <summary>The circuit as a browser lives it, each on an app of its own: what the prerendered page
/// loaded is carried into the circuit, a restarted server brings the page back to the same view,
/// and data is shown as text wherever the chart library writes HTML.</summary>
[Collection(BrowserCollection.Name)]
public class CircuitTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/stages?lang=en&axis=region&region=US")]
    [InlineData("/sources?lang=zh&region=GB")]
    [InlineData("/present/funding?lang=en&region=US")]
    [InlineData("/present/timeline?lang=en&at=2023")]
    public async Task A_page_view_runs_its_queries_once_the_circuit_takes_over_what_the_prerender_loaded(string path)
    {
        // No shared view cache, so that nothing but the carried views spares the circuit its queries.
        await using var app = await AppHost.StartAsync(new Dictionary<string, string>
        {
            ["Cache__ViewCacheSize"] = "0",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
        });
        using var http = new HttpClient();
        var before = app.CommandsRun;
        Assert.True((await http.GetAsync(app.BaseUrl + path)).IsSuccessStatusCode);
        await Task.Delay(300);
        var prerender = app.CommandsRun - before;
        Assert.True(prerender > 0, "the prerendered page reads the database");

        await using var s = await PageSession.OpenAsync(fixture.Browser, app);
        before = app.CommandsRun;
        await s.GoAsync(path);
        await Task.Delay(1000); // anything the circuit would run, it runs in its first moments
        Assert.Equal(prerender, app.CommandsRun - before);
        s.AssertNoProblems();
    }

    [Fact]
    public async Task After_a_server_restart_the_page_comes_back_to_the_same_view()
    {
        await using var app = await AppHost.StartAsync();
        await using var s = await PageSession.OpenAsync(fixture.Browser, app);
        const string view = "/timeline?region=CN&lang=en&at=2023&event=ev-china-first-batch-llm-approval";
        await s.GoAsync(view);
        await Assertions.Expect(s.Page.Locator("#event-dialog-title")).ToBeVisibleAsync();

        await app.RestartAsync();
        // The reconnect dialog comes, in the reader's language; then the page reloads its address.
        await Assertions.Expect(s.Page.Locator("#components-reconnect-modal")).ToBeVisibleAsync();
        await s.Page.WaitForFunctionAsync("() => performance.getEntriesByType('navigation')[0] && document.querySelector('#app[data-circuit=connected]') && !document.getElementById('components-reconnect-modal').open",
            null, new() { Timeout = BrowserFixture.Patience });
        Assert.Equal(view, s.PathAndQuery);
        await Assertions.Expect(s.Page.Locator("#tl-range")).ToHaveTextAsync("2023");
        await Assertions.Expect(s.Page.Locator("#event-dialog-title")).ToBeVisibleAsync();
        await Assertions.Expect(s.Page.Locator(".active-filters .mud-chip", new() { HasText = "China" })).ToHaveCountAsync(1);
        // While the server was away, the browser logged its failed tries (refused, or reset when the
        // server went in the middle of a request); nothing else went wrong.
        s.Problems.RemoveAll(p => p.Contains("WebSocket") || p.Contains("onnection") || p.Contains("negotiation") || p.Contains("ERR_CONNECTION_REFUSED")
            || p.Contains("ERR_CONNECTION_RESET") || p.Contains("_blazor"));
        s.AssertNoProblems();
    }

    [Fact]
    public async Task A_name_that_looks_like_markup_is_shown_as_text_in_the_charts()
    {
        const string name = "<img src=x onerror=\"window.pwned=1\">Runway";
        var seeds = TestData.CopySeeds();
        try
        {
            var path = Path.Combine(seeds, "organizations.json");
            var organizations = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsArray();
            var runway = organizations.Single(o => o!["id"]!.GetValue<string>() == "runway")!;
            runway["nameEn"] = name;
            runway["nameZh"] = name;
            await File.WriteAllTextAsync(path, organizations.ToJsonString());
            await using var app = await AppHost.StartAsync(new Dictionary<string, string> { ["Seeds__Path"] = seeds });
            await using var s = await PageSession.OpenAsync(fixture.Browser, app);
            // Any image put into the page counts; one in an element ApexCharts fills but never shows
            // is caught by its handler, which sets window.pwned (the tests bypass the CSP).
            // The charts are drawn in shadow roots, which a document's observer does not see into.
            await s.Page.AddInitScriptAsync("""
                window.imagesMade = 0;
                const watch = new MutationObserver((changes) => {
                    for (const change of changes)
                        for (const node of change.addedNodes)
                            if (node.nodeType === 1 && (node.tagName === 'IMG' || node.querySelector('img'))) window.imagesMade++;
                });
                watch.observe(document, { childList: true, subtree: true });
                const attachShadow = Element.prototype.attachShadow;
                Element.prototype.attachShadow = function (init) {
                    const root = attachShadow.call(this, init);
                    watch.observe(root, { childList: true, subtree: true });
                    return root;
                };
                """);
            await s.GoAsync("/funding?lang=en");
            await s.Page.WaitForSelectorAsync("#chart-rounds[data-drawn]");
            await s.Page.WaitForSelectorAsync("#chart-valuations[data-drawn]");
            // Hover every bar: the order of the bars is the database's, so Runway's may be any of them.
            var shownAsText = false;
            foreach (var chart in new[] { "#chart-rounds", "#chart-valuations" })
                await s.HoverEachBarAsync(chart, async (tooltip, _) => shownAsText |= (await tooltip.Locator(".chart-tooltip").TextContentAsync())!.Contains(name));
            Assert.True(shownAsText, "Runway's tooltip shows its name as text");
            Assert.Equal(0, await s.Page.EvaluateAsync<int>("() => window.imagesMade"));
            Assert.Contains(name, await s.Page.Locator("#chart-valuations .apexcharts-canvas").TextContentAsync()); // its data label, as SVG text
            Assert.Null(await s.Page.EvaluateAsync<object?>("() => window.pwned"));
            s.AssertNoProblems();
        }
        finally
        {
            Directory.Delete(seeds, recursive: true);
        }
    }
}
