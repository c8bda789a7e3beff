using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Components.Pages;
using Bunit;

namespace AigcDashboard.Web.Tests;

/// <summary>Presentation slides rendered with the seed data.</summary>
public class PresentComponentTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private IRenderedComponent<Present> Render(string url, string? slide = null)
    {
        var ctx = new ComponentContext(fixture.Database, url);
        var cut = ctx.RenderPage<Present>(p => p.Add(x => x.Slide, slide));
        cut.WaitForElement(".deck-title");
        return cut;
    }

    [Fact]
    public void The_deck_opens_on_the_overview_with_counter_progress_and_keys()
    {
        var cut = Render("/present?lang=en");
        Assert.Equal("1 / 5", cut.Find(".deck-counter").TextContent);
        Assert.Equal("1", cut.Find("progress").GetAttribute("value"));
        Assert.Equal("5", cut.Find("progress").GetAttribute("max"));
        var deck = cut.Find("[data-deck]");
        Assert.Equal("/present/timeline?lang=en", deck.GetAttribute("data-next"));
        Assert.Equal("/present/sources?lang=en", deck.GetAttribute("data-last"));
        Assert.Equal("/?lang=en", deck.GetAttribute("data-exit"));
        var events = cut.FindAll(".key-figure").First(c => c.QuerySelector(".key-label")!.TextContent == "Events");
        Assert.Equal(TestData.Seeds.Events.Count.ToString(), events.QuerySelector(".key-value")!.TextContent);
    }

    [Fact]
    public void The_chosen_slides_come_in_the_chosen_order_and_keep_the_filters()
    {
        var cut = Render("/present?lang=zh&region=CN&slides=stages,overview&auto=30");
        Assert.Equal("1 / 2", cut.Find(".deck-counter").TextContent);
        Assert.Equal("商业化三阶段", cut.Find(".deck-title").TextContent);
        var deck = cut.Find("[data-deck]");
        Assert.Equal("/present/overview?region=CN&lang=zh&slides=stages,overview&auto=30", deck.GetAttribute("data-next"));
        Assert.Equal("30", deck.GetAttribute("data-auto"));
        Assert.Contains("中国", cut.Find(".deck-filters").TextContent);
        var orgRegion = TestData.Seeds.Organizations.ToDictionary(o => o.Id, o => o.Region);
        Assert.Equal(TestData.Seeds.Placements.Count(p => orgRegion[p.OrgId] == "CN"),
            cut.FindAll(".stage-matrix td .cell-count").Sum(c => int.Parse(c.TextContent)));
    }

    [Fact]
    public void The_timeline_slide_stays_interactive_within_the_deck()
    {
        var cut = Render("/present/timeline?lang=en&at=2022&event=ev-chatgpt-launch", "timeline");
        Assert.Equal("2022", cut.Find("#tl-range").TextContent);
        Assert.All(cut.FindAll("svg a.mark"), a => Assert.StartsWith("/present/timeline?", a.GetAttribute("href")));
        Assert.Equal("OpenAI launches ChatGPT", cut.Find("aside.event-detail h3").TextContent);
        Assert.Contains("at=2021", cut.Find("#tl-prev").GetAttribute("href"));
        Assert.Equal("/timeline?lang=en&at=2022&event=ev-chatgpt-launch", cut.Find("[data-deck]").GetAttribute("data-exit"));
    }

    [Fact]
    public void An_event_slide_shows_the_event_at_its_precision_with_its_source()
    {
        var cut = Render("/present/event.ev-chatgpt-plus-launch?lang=zh&slides=overview,event.ev-chatgpt-plus-launch", "event.ev-chatgpt-plus-launch");
        Assert.Equal("2 / 2", cut.Find(".deck-counter").TextContent);
        Assert.Equal("2023年2月", cut.Find(".event-when time").TextContent);
        Assert.Equal("S0", cut.Find(".event-slide .source-ref a").TextContent);
    }

    [Fact]
    public void The_funding_slide_draws_both_charts_to_fill_the_screen()
    {
        var cut = Render("/present/funding?lang=en", "funding");
        Assert.Equal(2, cut.FindAll("[data-apex-chart]").Count);
        Assert.All(cut.FindAll("[data-apex-chart]"), c => Assert.Contains("\"height\":\"100%\"", c.GetAttribute("data-options")));
    }

    [Fact]
    public void A_click_in_a_slide_chart_narrows_the_deck_and_keeps_its_slides()
    {
        var cut = Render("/present/funding?lang=en&slides=funding,sources&auto=30", "funding");
        var options = System.Text.Json.JsonDocument.Parse(cut.Find("#slide-rounds").GetAttribute("data-options")!).RootElement;
        Assert.Equal("/present/funding?org=stability-ai&lang=en&slides=funding,sources&auto=30",
            options.GetProperty("dashboard").GetProperty("links")[0][0].GetString());
    }

    [Fact]
    public void A_matrix_cell_opens_on_the_stages_slide()
    {
        var cut = Render("/present/stages?lang=en&cell=original.platform", "stages");
        Assert.Contains("Huawei", cut.Find(".placement-list").TextContent);
        Assert.Empty(cut.FindAll(".stage-matrix")); // the cell's placements take the matrix's place
        Assert.Contains("/present/stages", cut.Find(".cell-slide a").GetAttribute("href"));
    }
}
