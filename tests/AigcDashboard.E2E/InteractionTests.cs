using AigcDashboard.Core.Tests;
using Microsoft.Playwright;

namespace AigcDashboard.E2E;

/// <summary>What only a browser shows: filters, history, the timeline, charts, the matrix, slides.</summary>
[Collection(BrowserCollection.Name)]
public class InteractionTests(BrowserFixture fixture)
{
    private static readonly Dictionary<string, string?> OrgRegion = TestData.Seeds.Organizations.ToDictionary(o => o.Id, o => o.Region);

    private static Task<int> Rows(IPage page, string table) => page.Locator($"{table} tbody tr").CountAsync();

    /// <summary>Rows on the timeline table's first page (Timeline.PageSize in the app).</summary>
    private static int TablePage(int events) => Math.Min(events, 100);

    [Fact]
    public async Task A_filter_change_updates_the_page_and_the_url_and_history_and_a_shared_url_restores_it()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GoAsync("/timeline?lang=en");
        Assert.Equal(TablePage(TestData.Seeds.Events.Count), await Rows(s.Page, ".event-table"));
        Assert.Equal(TestData.Seeds.Events.Count.ToString(), await s.Page.Locator("#h-events .count").TextContentAsync());

        await s.Page.Locator("label.region-option", new() { HasText = "China" }).ClickAsync();
        await s.WaitForUrlAsync(u => u.Contains("region=CN"));
        var cn = TestData.Seeds.Events.Count(e => e.Region == "CN");
        await Assertions.Expect(s.Page.Locator(".event-table tbody tr")).ToHaveCountAsync(cn);
        Assert.Equal(1, await s.Page.Locator(".active-filters .chip", new() { HasText = "China" }).CountAsync());

        await s.Page.SelectOptionAsync("#f-category", "regulatory-approval");
        await s.WaitForUrlAsync(u => u.Contains("category=regulatory-approval"));
        var approvals = TestData.Seeds.Events.Count(e => e.Region == "CN" && e.Category == "regulatory-approval");
        await Assertions.Expect(s.Page.Locator(".event-table tbody tr")).ToHaveCountAsync(approvals);

        await s.Page.GoBackAsync();
        await s.WaitForUrlAsync(u => !u.Contains("category="));
        await Assertions.Expect(s.Page.Locator(".event-table tbody tr")).ToHaveCountAsync(cn);
        await s.Page.GoBackAsync();
        await s.WaitForUrlAsync(u => !u.Contains("region="));
        await Assertions.Expect(s.Page.Locator(".event-table tbody tr")).ToHaveCountAsync(TablePage(TestData.Seeds.Events.Count));
        await s.Page.GoForwardAsync();
        await s.WaitForUrlAsync(u => u.Contains("region=CN"));
        await Assertions.Expect(s.Page.Locator(".event-table tbody tr")).ToHaveCountAsync(cn);

        // "Copy link", then the copied address opened in a new page shows the same view.
        await s.Page.ClickAsync("[data-copy-link]");
        var copied = await s.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(s.Page.Url, copied);
        await using var other = await PageSession.OpenAsync(fixture);
        await other.Page.GotoAsync(copied);
        Assert.Equal(cn, await Rows(other.Page, ".event-table"));
        Assert.True(await other.Page.IsCheckedAsync("input[name=region][value=CN]"));
        s.AssertNoProblems();
        other.AssertNoProblems();
    }

    [Fact]
    public async Task Timeline_zooms_pans_clusters_and_opens_an_event_with_its_source()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GoAsync("/timeline?lang=en");
        Assert.Equal("2016 – 2024", await s.Page.TextContentAsync("#tl-range"));

        // A crowded stretch is a cluster; choosing it zooms in.
        var cluster = s.Page.Locator("svg a.mark.cluster").First;
        await cluster.ClickAsync();
        await Assertions.Expect(s.Page.Locator("#tl-range")).Not.ToHaveTextAsync("2016 – 2024", new() { Timeout = BrowserFixture.Patience });
        Assert.Contains("at=", s.Page.Url);

        // Zoom by a band, pan by keyboard, zoom in by keyboard.
        await s.GoAsync("/timeline?lang=en");
        await s.Page.Locator(".zoom-band", new() { HasText = "2022" }).ClickAsync();
        await s.WaitForUrlAsync(u => u.Contains("at=2022"));
        await Assertions.Expect(s.Page.Locator("#tl-range")).ToHaveTextAsync("2022");
        await s.Page.FocusAsync("[data-timeline]");
        await s.Page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(s.Page.Locator("#tl-range")).ToHaveTextAsync("2023");
        await s.Page.FocusAsync("[data-timeline]");
        await s.Page.Keyboard.PressAsync("+");
        await s.WaitForUrlAsync(u => u.Contains("at=2023-Q"));

        // Selecting an event opens its detail, which names its source.
        await s.GoAsync("/timeline?lang=en&at=2022-11");
        await s.Page.ClickAsync("svg a#m-ev-chatgpt-launch");
        await s.WaitForUrlAsync(u => u.Contains("event=ev-chatgpt-launch"));
        await Assertions.Expect(s.Page.Locator("aside.event-detail h3")).ToHaveTextAsync("OpenAI launches ChatGPT");
        Assert.Equal("S3", await s.Page.TextContentAsync("aside.event-detail .facts .source-ref a"));
        // Focus moves to the detail once htmx has settled, a moment after the panel shows (htmx
        // first gives focus back to the clicked mark, which the new page also has).
        await Assertions.Expect(s.Page.Locator("#detail-title")).ToBeFocusedAsync();
        Assert.Equal(1, await s.Page.Locator("#page").CountAsync());
        s.AssertNoProblems();
    }

    [Fact]
    public async Task Funding_charts_are_drawn_with_a_bar_per_value_tooltips_clicks_and_csv()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GoAsync("/funding?lang=en");
        await s.Page.WaitForSelectorAsync("#chart-rounds[data-drawn]");
        // Two series (amount, valuation) of one bar per round.
        Assert.Equal(2 * TestData.Seeds.FundingRounds.Count, await s.Page.Locator("#chart-rounds path.apexcharts-bar-area").CountAsync());
        var valued = TestData.Seeds.FundingRounds.Count(r => r.Amount is not null && r.Valuation is not null);
        await s.Page.WaitForSelectorAsync("#chart-valuations[data-drawn]");
        Assert.Equal(valued, await s.Page.Locator("#chart-valuations .apexcharts-series-markers path, #chart-valuations .apexcharts-series-markers circle").CountAsync());

        await s.Page.Locator("#chart-rounds path.apexcharts-bar-area").First.HoverAsync();
        await Assertions.Expect(s.Page.Locator("#chart-rounds .chart-tooltip").First).ToContainTextAsync("Stability AI");

        var download = await s.Page.RunAndWaitForDownloadAsync(() => s.Page.ClickAsync("#chart-rounds-title >> xpath=.. >> a.chart-csv"));
        var lines = (await File.ReadAllLinesAsync((await download.PathAsync())!)).Where(l => l.Length > 0).ToList();
        Assert.Equal(TestData.Seeds.FundingRounds.Count + 1, lines.Count);

        // A filter redraws the charts with only that region's rounds.
        await s.Page.Locator("label.region-option", new() { HasText = "US" }).ClickAsync();
        await s.WaitForUrlAsync(u => u.Contains("region=US"));
        await s.Page.WaitForSelectorAsync("#chart-rounds[data-drawn]");
        var us = TestData.Seeds.FundingRounds.Count(r => OrgRegion[r.OrgId] == "US");
        await Assertions.Expect(s.Page.Locator("#chart-rounds path.apexcharts-bar-area")).ToHaveCountAsync(2 * us);

        // A click on a company narrows the page to it.
        await s.Page.Locator("#chart-rounds path.apexcharts-bar-area").First.ClickAsync();
        await s.WaitForUrlAsync(u => u.Contains("org="));
        await Assertions.Expect(s.Page.Locator(".rounds-table tbody tr")).ToHaveCountAsync(1);
        s.AssertNoProblems();
    }

    [Fact]
    public async Task Stages_switch_axis_in_place_and_a_cell_opens_its_evidence()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GoAsync("/stages?lang=en");
        await s.Page.ClickAsync("#axis-modality");
        await s.WaitForUrlAsync(u => u.Contains("axis=modality"));
        await Assertions.Expect(s.Page.Locator(".stage-matrix thead th").Nth(1)).ToHaveTextAsync("Text");
        await s.Page.Locator(".stage-matrix a.cell-link").First.ClickAsync();
        await s.WaitForUrlAsync(u => u.Contains("cell="));
        var first = s.Page.Locator(".placement-list > li").First;
        await Assertions.Expect(first.Locator(".source-ref a")).ToBeVisibleAsync();
        await Assertions.Expect(first).ToContainTextAsync("our classification");
        s.AssertNoProblems();
    }

    [Fact]
    public async Task The_presentation_moves_by_keys_goes_full_screen_and_leaves_with_escape()
    {
        await using var s = await PageSession.OpenAsync(fixture, 1280, 720);
        await s.GoAsync("/present?lang=en&region=CN");
        await Assertions.Expect(s.Page.Locator(".deck-counter")).ToHaveTextAsync("1 / 5");
        await s.Page.Keyboard.PressAsync("ArrowRight");
        await s.WaitForUrlAsync(u => u.StartsWith("/present/timeline") && u.Contains("region=CN"));
        await Assertions.Expect(s.Page.Locator(".deck-counter")).ToHaveTextAsync("2 / 5");
        await s.Page.Keyboard.PressAsync("PageDown");
        await s.WaitForUrlAsync(u => u.StartsWith("/present/funding"));
        await s.Page.Keyboard.PressAsync(" ");
        await s.WaitForUrlAsync(u => u.StartsWith("/present/stages"));
        await s.Page.Keyboard.PressAsync("End");
        await Assertions.Expect(s.Page.Locator(".deck-counter")).ToHaveTextAsync("5 / 5");
        await s.Page.Keyboard.PressAsync("PageUp");
        await Assertions.Expect(s.Page.Locator(".deck-counter")).ToHaveTextAsync("4 / 5");
        await s.Page.Keyboard.PressAsync("Home");
        await Assertions.Expect(s.Page.Locator(".deck-counter")).ToHaveTextAsync("1 / 5");

        await s.Page.Keyboard.PressAsync("f");
        await s.Page.WaitForFunctionAsync("() => document.fullscreenElement !== null");
        await s.Page.Keyboard.PressAsync("ArrowRight"); // slides change in place: still full screen
        await s.WaitForUrlAsync(u => u.StartsWith("/present/timeline"));
        Assert.True(await s.Page.EvaluateAsync<bool>("() => document.fullscreenElement !== null"));
        await s.Page.Keyboard.PressAsync("f");
        await s.Page.WaitForFunctionAsync("() => document.fullscreenElement === null");

        // Nothing on a slide needs scrolling.
        Assert.True(await s.Page.EvaluateAsync<bool>("() => document.documentElement.scrollHeight <= innerHeight"));

        await s.Page.Keyboard.PressAsync("Escape");
        await s.WaitForUrlAsync(u => u.StartsWith("/timeline") && u.Contains("region=CN"));
        s.AssertNoProblems();
    }

    [Fact]
    public async Task Language_and_theme_switch_and_are_remembered()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GoAsync("/sources?lang=zh");
        await s.Page.ClickAsync(".lang-switch a[lang=en]");
        await Assertions.Expect(s.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await s.GoAsync("/stages");
        await Assertions.Expect(s.Page.Locator("main h1")).ToHaveTextAsync("Stages");

        await s.Page.ClickAsync(".theme-switch a[href*='set=dark']");
        await Assertions.Expect(s.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await s.GoAsync("/");
        await Assertions.Expect(s.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        var background = await s.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(15, 21, 34)", background);
        s.AssertNoProblems();
    }

    [Fact]
    public async Task The_dashboard_works_from_the_keyboard_alone()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GoAsync("/timeline?lang=en");
        await s.Page.Keyboard.PressAsync("Tab");
        var skip = s.Page.Locator(".skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0, Width: > 0 }, "the focused skip link is visible");
        await s.Page.Keyboard.PressAsync("Enter");
        await s.Page.Keyboard.PressAsync("Tab");
        Assert.True(await s.Page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"),
            "after the skip link, focus moves into the main content");
        // A visible focus ring: our outline, or Bootstrap's box-shadow ring on its buttons.
        var ring = await s.Page.EvaluateAsync<string>("() => { const c = getComputedStyle(document.activeElement); return c.outlineStyle + '|' + c.boxShadow; }");
        Assert.True(!ring.StartsWith("none|") || !ring.EndsWith("|none"), $"no visible focus: {ring}");

        // Navigation, then the filter form, then the content: the order a reader expects.
        await s.GoAsync("/timeline?lang=en");
        var order = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            await s.Page.Keyboard.PressAsync("Tab");
            order.Add(await s.Page.EvaluateAsync<string>("""
                () => document.activeElement.closest('header.topbar') ? 'header'
                    : document.activeElement.closest('form.filter-bar') ? 'filters'
                    : document.activeElement.closest('main') ? 'main' : 'other'
                """));
        }
        var firsts = order.Distinct().ToList();
        Assert.Equal(["header", "filters", "main"], firsts.Where(x => x != "other").ToList());
        s.AssertNoProblems();
    }
}
