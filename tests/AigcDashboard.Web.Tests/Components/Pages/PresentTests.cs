using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Components.Controls;
using AigcDashboard.Web.Components.Pages;
using Bunit;

namespace AigcDashboard.Web.Tests.Components.Pages;

/// <summary>The meeting mode over the seed data: every slide an address, moved by keys and by time.</summary>
public class PresentTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static IRenderedComponent<Present> Render(ComponentContext ctx, string? slide = null) =>
        ctx.RenderPage<Present>(p => p.Add(x => x.Slide, slide));

    private ComponentContext Context(string url) => new(fixture.Database, url);

    [Fact]
    public async Task The_deck_opens_on_the_overview_with_counter_progress_and_links()
    {
        await using var ctx = Context("/present?lang=en");
        var cut = Render(ctx);
        Assert.Equal("1 / 5", cut.Find(".deck-counter").TextContent);
        Assert.Equal("1", cut.Find("progress.deck-progress").GetAttribute("value"));
        Assert.Equal("5", cut.Find("progress.deck-progress").GetAttribute("max"));
        Assert.Equal("/present/timeline?lang=en", cut.Find("#deck-next").GetAttribute("href"));
        Assert.Equal("/?lang=en", cut.Find("#deck-exit").GetAttribute("href"));
        var events = cut.FindAll(".key-figure").First(c => c.QuerySelector(".key-label")!.TextContent == "Events");
        Assert.Equal(TestData.Seeds.Events.Count.ToString(), events.QuerySelector(".key-value")!.TextContent);
    }

    [Theory]
    [InlineData("next", "/present/timeline?lang=en")]
    [InlineData("last", "/present/sources?lang=en")]
    [InlineData("exit", "/?lang=en")]
    public async Task The_keys_move_between_the_slides_addresses(string key, string expected)
    {
        await using var ctx = Context("/present?lang=en");
        var cut = Render(ctx);
        await cut.InvokeAsync(() => cut.Instance.Key(key));
        Assert.Equal(expected, ctx.Address);
    }

    [Fact]
    public async Task The_keys_module_is_attached_once_and_detached_with_the_deck()
    {
        await using var ctx = Context("/present?lang=en");
        var module = ctx.JSInterop.SetupModule(m => m.Arguments.Count == 1 && ((string)m.Arguments[0]!).Contains("Present"));
        module.Mode = Bunit.JSRuntimeMode.Loose;
        var cut = Render(ctx);
        Assert.Single(module.Invocations["attach"]);
    }

    [Fact]
    public async Task The_chosen_slides_come_in_the_chosen_order_and_keep_the_filters()
    {
        await using var ctx = Context("/present?lang=zh&region=CN&slides=stages,overview&auto=30");
        var cut = Render(ctx);
        Assert.Equal("1 / 2", cut.Find(".deck-counter").TextContent);
        Assert.Equal("商业化三阶段", cut.Find(".deck-title").TextContent);
        Assert.Equal("/present/overview?region=CN&lang=zh&slides=stages,overview&auto=30", cut.Find("#deck-next").GetAttribute("href"));
        Assert.Contains("中国", cut.Find(".deck-filters").TextContent);
        var orgRegion = TestData.Seeds.Organizations.ToDictionary(o => o.Id, o => o.Region);
        Assert.Equal(TestData.Seeds.Placements.Count(p => orgRegion[p.OrgId] == "CN"),
            cut.FindAll(".stage-matrix td .cell-count").Sum(c => int.Parse(c.TextContent)));
    }

    [Fact]
    public async Task With_auto_the_deck_advances_by_itself_and_loops()
    {
        await using var ctx = Context("/present/sources?lang=en&slides=overview,sources&auto=5");
        var cut = Render(ctx, "sources");
        cut.WaitForAssertion(() => Assert.Equal("/present/overview?lang=en&slides=overview,sources&auto=5", ctx.Address), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task The_timeline_slide_stays_interactive_within_the_deck()
    {
        await using var ctx = Context("/present/timeline?lang=en&at=2022&event=ev-chatgpt-launch");
        var cut = Render(ctx, "timeline");
        Assert.Equal("2022", cut.Find("#tl-range").TextContent);
        Assert.All(cut.FindAll(".timeline-chart a.mark"), a => Assert.StartsWith("/present/timeline?", a.GetAttribute("href")));
        Assert.Equal("OpenAI launches ChatGPT", cut.Find("aside.event-detail h2").TextContent);
        Assert.Contains("at=2021", cut.Find("#tl-prev").GetAttribute("href"));
        Assert.Equal("/timeline?lang=en&at=2022&event=ev-chatgpt-launch", cut.Find("#deck-exit").GetAttribute("href"));
        await cut.InvokeAsync(() => cut.FindComponent<TimelineChart>().Instance.Step(TimelineStep.Next, false));
        Assert.Equal("/present/timeline?lang=en&at=2023&event=ev-chatgpt-launch", ctx.Address);
    }

    [Fact]
    public async Task An_event_slide_shows_the_event_at_its_precision_with_its_source()
    {
        await using var ctx = Context("/present/event.ev-chatgpt-plus-launch?lang=zh&slides=overview,event.ev-chatgpt-plus-launch");
        var cut = Render(ctx, "event.ev-chatgpt-plus-launch");
        Assert.Equal("2 / 2", cut.Find(".deck-counter").TextContent);
        Assert.Equal("2023年2月", cut.Find(".event-when time").TextContent);
        Assert.Equal("S0", cut.Find(".event-slide .source-ref a").TextContent);
    }

    [Fact]
    public async Task An_event_slide_of_no_event_is_explained()
    {
        await using var ctx = Context("/present/event.ev-nowhere?lang=en&slides=event.ev-nowhere");
        var cut = Render(ctx, "event.ev-nowhere");
        Assert.Contains("slides=event.ev-nowhere", cut.Find("[role=alert]").TextContent);
    }

    [Fact]
    public async Task The_funding_slide_draws_both_charts_to_fill_the_screen_and_a_click_narrows_the_deck()
    {
        await using var ctx = Context("/present/funding?lang=en&slides=funding,sources&auto=30");
        var cut = Render(ctx, "funding");
        var charts = cut.FindComponents<ApexChart>();
        Assert.Equal(2, charts.Count);
        Assert.All(charts, c => Assert.Equal("100%", c.Instance.Chart.Options.Chart.Height));
        await cut.InvokeAsync(() => charts[0].Instance.PointClicked(0, 0));
        Assert.Equal("/present/funding?org=stability-ai&lang=en&slides=funding,sources&auto=30", ctx.Address);
    }

    [Fact]
    public async Task A_matrix_cell_opens_on_the_stages_slide()
    {
        await using var ctx = Context("/present/stages?lang=en&cell=original.platform");
        var cut = Render(ctx, "stages");
        Assert.Contains("Huawei", cut.Find(".placement-list").TextContent);
        Assert.Empty(cut.FindAll(".stage-matrix")); // the cell's placements take the matrix's place
        Assert.Contains("/present/stages", cut.Find(".cell-slide a").GetAttribute("href"));
    }

    [Theory]
    [InlineData("/present?auto=2", "auto")]
    [InlineData("/present?slides=overview,nonsense", "slides")]
    [InlineData("/present?at=2022-13", "at")]
    public async Task A_bad_setting_is_explained_and_the_deck_offers_a_restart(string url, string parameter)
    {
        await using var ctx = Context(url);
        var cut = Render(ctx);
        Assert.Contains(parameter + "=", cut.Find("[role=alert]").TextContent);
    }
}
