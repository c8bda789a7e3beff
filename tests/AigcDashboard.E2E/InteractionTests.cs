using AigcDashboard.Core.Tests;
using Microsoft.Playwright;

namespace AigcDashboard.E2E;

/// <summary>What only a browser shows, on the circuit: the filters, history and shared links, the
/// timeline's gestures, the charts, the matrix, the dialogs.</summary>
[Collection(BrowserCollection.Name)]
public class InteractionTests(BrowserFixture fixture)
{
    private static readonly Dictionary<string, string?> OrgRegion = TestData.Seeds.Organizations.ToDictionary(o => o.Id, o => o.Region);

    private static ILocator Count(IPage page) => page.Locator("#h-events .count");

    /// <summary>Chooses an item of a MudBlazor select (its list opens over the page).</summary>
    private static async Task ChooseAsync(IPage page, string field, string item)
    {
        await page.Locator($"{field} .mud-input-control").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = item }).First.ClickAsync();
    }

    [Fact]
    public async Task Each_filter_is_a_navigation_history_steps_through_them_and_a_pasted_link_shows_the_same_view()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GoAsync("/timeline?lang=en");
        await Assertions.Expect(Count(s.Page)).ToHaveTextAsync(TestData.Seeds.Events.Count.ToString());

        // Regions: several at once.
        await ChooseAsync(s.Page, ".filter-regions", "China");
        await s.WaitForUrlAsync(u => u.Contains("region=CN"));
        await s.Page.Keyboard.PressAsync("Escape");
        var cn = TestData.Seeds.Events.Count(e => e.Region == "CN");
        await Assertions.Expect(Count(s.Page)).ToHaveTextAsync(cn.ToString());
        await Assertions.Expect(s.Page.Locator(".active-filters .mud-chip", new() { HasText = "China" })).ToHaveCountAsync(1);

        // Stage and category.
        await ChooseAsync(s.Page, ".filter-category", "Regulatory approval");
        await s.WaitForUrlAsync(u => u.Contains("category=regulatory-approval"));
        var approvals = TestData.Seeds.Events.Count(e => e.Region == "CN" && e.Category == "regulatory-approval");
        await Assertions.Expect(Count(s.Page)).ToHaveTextAsync(approvals.ToString());
        await ChooseAsync(s.Page, ".filter-stage", "All");
        Assert.DoesNotContain("stage=", s.PathAndQuery);

        // Back and Forward restore each view.
        await s.Page.GoBackAsync();
        await s.WaitForUrlAsync(u => !u.Contains("category="));
        await Assertions.Expect(Count(s.Page)).ToHaveTextAsync(cn.ToString());
        await s.Page.GoBackAsync();
        await s.WaitForUrlAsync(u => !u.Contains("region="));
        await Assertions.Expect(Count(s.Page)).ToHaveTextAsync(TestData.Seeds.Events.Count.ToString());
        await s.Page.GoForwardAsync();
        await s.WaitForUrlAsync(u => u.Contains("region=CN"));
        await Assertions.Expect(Count(s.Page)).ToHaveTextAsync(cn.ToString());

        // Copy link, then the copied address in a browser of its own shows the same view.
        await s.Page.ClickAsync(".copy-link");
        await Assertions.Expect(s.Page.Locator(".mud-snackbar")).ToContainTextAsync("copied");
        var copied = await s.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(s.Page.Url, copied);
        await using var other = await PageSession.OpenAsync(fixture);
        await other.GoAsync(new Uri(copied).PathAndQuery);
        await Assertions.Expect(Count(other.Page)).ToHaveTextAsync(cn.ToString());
        Assert.Equal("China", await other.Page.Locator("#f-region").InputValueAsync());

        // A chip closes to the view without its filter.
        await s.Page.Locator(".active-filters .mud-chip .mud-chip-close-button").First.ClickAsync();
        await s.WaitForUrlAsync(u => !u.Contains("region="));
        await Assertions.Expect(Count(s.Page)).ToHaveTextAsync(TestData.Seeds.Events.Count.ToString());
        s.AssertNoProblems();
        other.AssertNoProblems();
    }

    [Fact]
    public async Task The_search_waits_for_a_pause_and_a_date_range_is_picked_on_the_calendar()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GoAsync("/timeline?lang=en");
        await s.Page.Locator("#f-q").PressSequentiallyAsync("ChatGPT", new() { Delay = 30 });
        await s.WaitForUrlAsync(u => u.Contains("q=ChatGPT"));
        var matches = TestData.Seeds.Events.Count(e => e.TitleEn.Contains("ChatGPT", StringComparison.OrdinalIgnoreCase)
            || e.TitleZh.Contains("ChatGPT", StringComparison.OrdinalIgnoreCase) || e.DescriptionEn.Contains("ChatGPT", StringComparison.OrdinalIgnoreCase)
            || e.DescriptionZh.Contains("ChatGPT", StringComparison.OrdinalIgnoreCase));
        Assert.True(int.Parse((await Count(s.Page).TextContentAsync())!) <= matches + 5);
        // One entry for the whole search, not one per letter.
        await s.Page.GoBackAsync();
        await s.WaitForUrlAsync(u => !u.Contains("q="));

        await s.Page.Locator(".filter-dates .mud-input-adornment").ClickAsync();
        var days = s.Page.Locator(".mud-popover-open .mud-picker-calendar-day:not(.mud-hidden):not([disabled])");
        await days.Nth(2).ClickAsync();
        await days.Nth(9).ClickAsync();
        await s.WaitForUrlAsync(u => u.Contains("from=") && u.Contains("to="));
        await Assertions.Expect(s.Page.Locator(".active-filters .mud-chip", new() { HasText = "From" })).ToHaveCountAsync(1);
        s.AssertNoProblems();
    }

    [Fact]
    public async Task Timeline_zooms_and_pans_by_band_keys_wheel_and_drag_and_opens_an_event_in_a_dialog()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GoAsync("/timeline?lang=en");
        await Assertions.Expect(s.Page.Locator("#tl-range")).ToHaveTextAsync("2016 – 2024");

        // A crowded stretch is a cluster; choosing it zooms in.
        await s.Page.Locator(".timeline-chart a.mark.cluster").First.ClickAsync();
        await s.WaitForUrlAsync(u => u.Contains("at="));
        await Assertions.Expect(s.Page.Locator("#tl-range")).Not.ToHaveTextAsync("2016 – 2024");

        // A band, then the keyboard.
        await s.GoAsync("/timeline?lang=en");
        await s.Page.Locator(".zoom-band", new() { HasText = "2022" }).ClickAsync();
        await s.WaitForUrlAsync(u => u.Contains("at=2022"));
        await Assertions.Expect(s.Page.Locator("#tl-range")).ToHaveTextAsync("2022");
        await s.Page.WaitForSelectorAsync(".timeline-chart[data-gestures=ready]");
        await s.Page.FocusAsync(".timeline-chart");
        await s.Page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(s.Page.Locator("#tl-range")).ToHaveTextAsync("2023");
        await s.Page.Keyboard.PressAsync("+");
        await s.WaitForUrlAsync(u => u.Contains("at=2023-Q"));
        await s.Page.Keyboard.PressAsync("0");
        await s.WaitForUrlAsync(u => !u.Contains("at="));

        // Ctrl + wheel zooms in under the pointer, out the other way.
        await s.Page.WaitForSelectorAsync(".timeline-chart[data-gestures=ready]");
        var chart = (await s.Page.Locator(".timeline-chart").BoundingBoxAsync())!;
        await s.Page.Mouse.MoveAsync(chart.X + chart.Width * 0.9f, chart.Y + chart.Height / 2);
        await s.Page.Keyboard.DownAsync("Control");
        await s.Page.Mouse.WheelAsync(0, -120);
        await s.Page.Keyboard.UpAsync("Control");
        await s.WaitForUrlAsync(u => u.Contains("at=2024") || u.Contains("at=2023"));

        // A drag pans; the whole drag is one entry in the history.
        await s.GoAsync("/timeline?lang=en&at=2022");
        await s.Page.WaitForSelectorAsync(".timeline-chart[data-gestures=ready]");
        var before = await s.Page.EvaluateAsync<int>("() => history.length");
        chart = (await s.Page.Locator(".timeline-chart").BoundingBoxAsync())!;
        await s.Page.Mouse.MoveAsync(chart.X + chart.Width * 0.8f, chart.Y + 30);
        await s.Page.Mouse.DownAsync();
        await s.Page.Mouse.MoveAsync(chart.X + chart.Width * 0.45f, chart.Y + 32, new() { Steps = 8 });
        await s.WaitForUrlAsync(u => u.Contains("at=2023"));
        await s.Page.Mouse.MoveAsync(chart.X + chart.Width * 0.15f, chart.Y + 34, new() { Steps = 8 });
        await s.WaitForUrlAsync(u => u.Contains("at=2024"));
        await s.Page.Mouse.UpAsync();
        Assert.Equal(before + 1, await s.Page.EvaluateAsync<int>("() => history.length"));

        // An event opens in a dialog that names its source; Escape closes it and the address follows.
        await s.GoAsync("/timeline?lang=en&at=2022-11");
        await s.Page.ClickAsync(".timeline-chart a#m-ev-chatgpt-launch");
        await s.WaitForUrlAsync(u => u.Contains("event=ev-chatgpt-launch"));
        await Assertions.Expect(s.Page.Locator("#event-dialog-title")).ToHaveTextAsync("OpenAI launches ChatGPT");
        Assert.Equal("S3", await s.Page.TextContentAsync(".event-dialog .facts .source-ref a"));
        // MudBlazor moves focus into the dialog once it has opened, a moment after it shows.
        await s.Page.WaitForFunctionAsync("() => !!document.activeElement.closest('.mud-dialog')", null, new() { Timeout = BrowserFixture.Patience });
        await s.Page.Keyboard.PressAsync("Escape");
        await s.WaitForUrlAsync(u => !u.Contains("event="));
        await Assertions.Expect(s.Page.Locator(".event-dialog")).ToHaveCountAsync(0);
        s.AssertNoProblems();
    }

    [Fact]
    public async Task On_a_phone_the_filters_fold_away_and_nothing_runs_off_the_screen()
    {
        await using var s = await PageSession.OpenAsync(fixture, 390, 844);
        await s.GoAsync("/timeline?lang=en&at=2023");
        await Assertions.Expect(s.Page.Locator(".filter-regions")).ToBeHiddenAsync();
        Assert.True(await s.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), "no sideways scrolling");
        await s.Page.ClickAsync("button.filter-toggle");
        await ChooseAsync(s.Page, ".filter-regions", "China");
        await s.WaitForUrlAsync(u => u.Contains("region=CN"));
        await s.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(s.Page.Locator("button.filter-toggle")).ToHaveTextAsync("Filters (1)");
        Assert.True(await s.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), "no sideways scrolling");
        s.AssertNoProblems();
    }

    [Fact]
    public async Task The_events_table_sorts_and_pages_in_the_address()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GoAsync("/timeline?lang=en");
        await Assertions.Expect(s.Page.Locator(".server-grid tbody tr")).ToHaveCountAsync(25);
        await s.Page.Locator(".server-grid th a.sort-link", new() { HasText = "Event" }).ClickAsync();
        await s.WaitForUrlAsync(u => u.Contains("sort=title&dir=asc"));
        var first = TestData.Seeds.Events.Select(e => e.TitleEn).Order(StringComparer.Ordinal).First();
        await Assertions.Expect(s.Page.Locator(".server-grid tbody tr td:nth-child(2) a").First).ToHaveTextAsync(first);
        await s.Page.ClickAsync(".table-pager a[aria-label='Next page']");
        await s.WaitForUrlAsync(u => u.Contains("page=2"));
        await s.Page.GoBackAsync();
        await s.WaitForUrlAsync(u => !u.Contains("page="));
        await Assertions.Expect(s.Page.Locator(".server-grid tbody tr td:nth-child(2) a").First).ToHaveTextAsync(first);
        s.AssertNoProblems();
    }

    [Fact]
    public async Task Funding_charts_are_drawn_updated_in_place_and_a_click_narrows_the_page()
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
        // Each bar's tooltip names its company and stays inside the chart, wherever the bar stands.
        await s.HoverEachBarAsync("#chart-rounds", async (tooltip, company) =>
        {
            var chartBox = (await s.Page.Locator("#chart-rounds").BoundingBoxAsync())!;
            var tip = (await tooltip.BoundingBoxAsync())!;
            Assert.True(tip.X >= chartBox.X - 1 && tip.X + tip.Width <= chartBox.X + chartBox.Width + 1,
                $"{company}'s tooltip spans {tip.X:0}–{tip.X + tip.Width:0}, the chart {chartBox.X:0}–{chartBox.X + chartBox.Width:0}");
        });

        var download = await s.Page.RunAndWaitForDownloadAsync(() => s.Page.ClickAsync("#chart-rounds-title >> xpath=.. >> a.chart-csv"));
        var lines = (await File.ReadAllLinesAsync((await download.PathAsync())!)).Where(l => l.Length > 0).ToList();
        Assert.Equal(TestData.Seeds.FundingRounds.Count + 1, lines.Count);

        // A filter updates the chart in place (the same element, redrawn with the region's rounds).
        await s.Page.EvaluateAsync("() => document.querySelector('#chart-rounds').dataset.mark = 'first'");
        await ChooseAsync(s.Page, ".filter-regions", "US");
        await s.WaitForUrlAsync(u => u.Contains("region=US"));
        await s.Page.Keyboard.PressAsync("Escape");
        var us = TestData.Seeds.FundingRounds.Count(r => OrgRegion[r.OrgId] == "US");
        await Assertions.Expect(s.Page.Locator("#chart-rounds path.apexcharts-bar-area")).ToHaveCountAsync(2 * us);
        Assert.Equal("first", await s.Page.GetAttributeAsync("#chart-rounds", "data-mark"));

        // A click on a company narrows the page to it.
        await s.Page.Locator("#chart-rounds path.apexcharts-bar-area").First.ClickAsync();
        await s.WaitForUrlAsync(u => u.Contains("org="));
        await Assertions.Expect(s.Page.Locator(".server-grid tbody tr")).ToHaveCountAsync(1);
        s.AssertNoProblems();
    }

    [Fact]
    public async Task Stages_switch_axis_and_a_cell_opens_its_evidence_in_a_dialog()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GoAsync("/stages?lang=en");
        await s.Page.ClickAsync("#axis-modality");
        await s.WaitForUrlAsync(u => u.Contains("axis=modality"));
        await Assertions.Expect(s.Page.Locator(".stage-matrix thead th").Nth(1)).ToHaveTextAsync("Text");
        await s.Page.Locator(".stage-matrix a.cell-link").First.ClickAsync();
        await s.WaitForUrlAsync(u => u.Contains("cell="));
        var first = s.Page.Locator(".cell-dialog .placement-list > li").First;
        await Assertions.Expect(first.Locator(".source-ref a")).ToBeVisibleAsync();
        await Assertions.Expect(first).ToContainTextAsync("our classification");
        await s.Page.GoBackAsync();
        await s.WaitForUrlAsync(u => !u.Contains("cell="));
        await Assertions.Expect(s.Page.Locator(".cell-dialog")).ToHaveCountAsync(0);
        s.AssertNoProblems();
    }

    [Fact]
    public async Task The_presentation_moves_by_keys_goes_full_screen_and_leaves_with_escape()
    {
        await using var s = await PageSession.OpenAsync(fixture, 1280, 720);
        await s.GoAsync("/present?lang=en&region=CN");
        await s.Page.WaitForSelectorAsync(".deck[data-keys=ready]");
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
        await s.Page.Keyboard.PressAsync("ArrowRight"); // slides change on the circuit: still full screen
        await s.WaitForUrlAsync(u => u.StartsWith("/present/timeline"));
        Assert.True(await s.Page.EvaluateAsync<bool>("() => document.fullscreenElement !== null"));
        await s.Page.Keyboard.PressAsync("f");
        await s.Page.WaitForFunctionAsync("() => document.fullscreenElement === null");

        // Nothing on a slide needs scrolling.
        Assert.True(await s.Page.EvaluateAsync<bool>("() => document.documentElement.scrollHeight <= innerHeight"));
        // Projector type grows with the screen (1.3vw of 1280 px), and only while the deck is shown.
        Assert.Equal("16.64px", await s.Page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).fontSize"));

        await s.Page.Keyboard.PressAsync("Escape");
        await s.WaitForUrlAsync(u => u.StartsWith("/timeline") && u.Contains("region=CN"));
        await s.Page.WaitForFunctionAsync("() => getComputedStyle(document.documentElement).fontSize === '16px'");
        s.AssertNoProblems();
    }

    [Fact]
    public async Task On_the_funding_slide_the_larger_labels_fit_inside_their_charts()
    {
        await using var s = await PageSession.OpenAsync(fixture, 1920, 1080);
        await s.GoAsync("/present/funding?lang=zh");
        await s.Page.WaitForSelectorAsync("#slide-rounds[data-drawn=true]");
        await s.Page.WaitForSelectorAsync("#slide-periods[data-drawn=true]");
        var labels = await s.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.chart-canvas')].flatMap(host => {
                const box = host.getBoundingClientRect();
                return [...host.shadowRoot.querySelectorAll('.apexcharts-yaxis-label, .apexcharts-xaxis-label')].map(t => {
                    const r = t.getBoundingClientRect();
                    const inside = r.width > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
                    return `${host.id} ${t.textContent} ${inside ? 'inside' : `at ${Math.round(r.left)}-${Math.round(r.right)}, the chart ${Math.round(box.left)}-${Math.round(box.right)}`} ${getComputedStyle(t).fontSize}`;
                });
            })
            """);
        Assert.Contains(labels, l => l.StartsWith("slide-rounds ") && l.Contains("亿美元"));
        Assert.Contains(labels, l => l.StartsWith("slide-periods "));
        // 0.8rem of the deck's root (1.3vw of 1920 px = 24.96 px).
        Assert.All(labels, l => Assert.Matches(@" inside 19\.9\d*px$", l));
        var legend = await s.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.chart-canvas')].flatMap(host => [...host.shadowRoot.querySelectorAll('.apexcharts-legend-text')]
                .map(t => `${t.textContent} ${Math.round(t.getBoundingClientRect().width) > 0 ? 'shown' : 'hidden'} ${getComputedStyle(t).fontSize}`))
            """);
        Assert.Contains(legend, l => l.StartsWith("融资额"));
        Assert.All(legend, l => Assert.Matches(@" shown 19\.9\d*px$", l));
        s.AssertNoProblems();
    }

    [Fact]
    public async Task The_presentation_advances_by_itself_with_auto()
    {
        await using var s = await PageSession.OpenAsync(fixture, 1280, 720);
        await s.GoAsync("/present/sources?lang=en&slides=overview,sources&auto=5");
        await s.WaitForUrlAsync(u => u.StartsWith("/present/overview"));
        await Assertions.Expect(s.Page.Locator(".deck-counter")).ToHaveTextAsync("1 / 2");
        s.AssertNoProblems();
    }

    [Fact]
    public async Task Language_and_theme_switch_and_are_remembered()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GoAsync("/sources?lang=zh&region=CN");
        await s.Page.ClickAsync("button[aria-label='语言']");
        await s.Page.Locator(".mud-popover-open .mud-menu-item", new() { HasText = "English" }).ClickAsync();
        await Assertions.Expect(s.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await s.WaitForCircuitAsync();
        Assert.Contains("region=CN", s.PathAndQuery);
        await s.GoAsync("/stages");
        await Assertions.Expect(s.Page.Locator("main h1")).ToHaveTextAsync("Stages");

        await s.Page.ClickAsync("button[aria-label='Theme']");
        await s.Page.Locator(".mud-popover-open .mud-menu-item", new() { HasText = "Dark theme" }).ClickAsync();
        await Assertions.Expect(s.Page.Locator("#app")).ToHaveClassAsync("theme-dark");
        await s.GoAsync("/");
        await Assertions.Expect(s.Page.Locator("#app")).ToHaveClassAsync("theme-dark");
        var background = await s.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(15, 21, 34)", background);
        await s.Page.ClickAsync("button[aria-label='Theme']");
        await s.Page.Locator(".mud-popover-open .mud-menu-item", new() { HasText = "Light theme" }).ClickAsync();
        await Assertions.Expect(s.Page.Locator("#app")).ToHaveClassAsync("theme-light");
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
        var ring = await s.Page.EvaluateAsync<string>("() => { const c = getComputedStyle(document.activeElement); return c.outlineStyle + '|' + c.boxShadow; }");
        Assert.True(!ring.StartsWith("none|") || !ring.EndsWith("|none"), $"no visible focus: {ring}");

        // The app bar, the navigation, the filters, then the content: the order a reader expects.
        await s.GoAsync("/timeline?lang=en");
        var order = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            await s.Page.Keyboard.PressAsync("Tab");
            order.Add(await s.Page.EvaluateAsync<string>("""
                () => document.activeElement.closest('.mud-appbar') ? 'header'
                    : document.activeElement.closest('.mud-drawer') ? 'navigation'
                    : document.activeElement.closest('.filter-bar') ? 'filters'
                    : document.activeElement.closest('main') ? 'main' : 'other'
                """));
        }
        Assert.Equal(["header", "navigation", "filters", "main"], order.Distinct().Where(x => x != "other").ToList());
        s.AssertNoProblems();
    }
}
