using AigcDashboard.Core.Tests;
using AigcDashboard.Core.Timeline;
using AigcDashboard.Web.Components.Pages;
using Bunit;

namespace AigcDashboard.Web.Tests;

/// <summary>The timeline page rendered with the seed data.</summary>
public class TimelineComponentTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private IRenderedComponent<Timeline> Render(string url)
    {
        var ctx = new ComponentContext(fixture.Database, url);
        var cut = ctx.RenderPage<Timeline>();
        cut.WaitForElement("main h1");
        return cut;
    }

    private static int MarkedEvents(IRenderedComponent<Timeline> cut) =>
        cut.FindAll("svg a.mark").Sum(a => a.ClassList.Contains("cluster") ? int.Parse(a.QuerySelector(".cluster-count")!.TextContent) : 1);

    [Fact]
    public void Shows_five_lanes_in_order_and_every_event_once()
    {
        var cut = Render("/timeline?lang=en");
        Assert.Equal(["Global models & products", "China: models & approvals", "Funding & deals", "Regulation & policy", "Market & society"],
            cut.FindAll(".lane-name").Select(t => t.TextContent));
        Assert.Equal(TestData.Seeds.Events.Count, MarkedEvents(cut));
        // The table shows a page of them; the rest on the next pages.
        Assert.True(TestData.Seeds.Events.Count > Timeline.PageSize, "the seed data should need a second page");
        Assert.Equal(Timeline.PageSize, cut.FindAll(".event-table tbody tr").Count);
        Assert.Equal(TestData.Seeds.Events.Count.ToString(), cut.Find("#h-events .count").TextContent);
        var rest = Render("/timeline?lang=en&page=2").FindAll(".event-table tbody tr").Select(r => r.Id);
        Assert.Equal(TestData.Seeds.Events.Count - Timeline.PageSize, rest.Count());
        Assert.Empty(rest.Intersect(cut.FindAll(".event-table tbody tr").Select(r => r.Id)));
    }

    [Fact]
    public void The_table_lists_events_in_date_order_by_default()
    {
        var cut = Render("/timeline?lang=en");
        var ids = cut.FindAll(".event-table tbody tr").Select(r => r.Id).ToList();
        var dates = ids.Select(id => Core.Model.PartialDate.Parse(TestData.Seeds.Events.Single(e => e.Id == id).Date).Start).ToList();
        Assert.Equal(dates.Order(), dates);
        Assert.Equal("ascending", cut.Find(".event-table th[aria-sort]").GetAttribute("aria-sort"));
    }

    [Fact]
    public void Sorting_by_title_descending_reorders_the_table_and_says_so()
    {
        var cut = Render("/timeline?lang=en&sort=title&dir=desc");
        var titles = cut.FindAll(".event-table tbody tr td:nth-child(2) a").Select(a => a.TextContent).ToList();
        Assert.Equal(titles.OrderDescending(StringComparer.Ordinal), titles);
        Assert.Equal("descending", cut.Find(".event-table th[aria-sort]").GetAttribute("aria-sort"));
    }

    [Fact]
    public void The_whole_range_clusters_crowded_stretches_and_a_cluster_zooms_in()
    {
        var cut = Render("/timeline?lang=en");
        var cluster = cut.FindAll("svg a.mark.cluster").First();
        Assert.Contains("at=", cluster.GetAttribute("href"));
        Assert.Matches(@"^\d+ events, ", cluster.GetAttribute("aria-label"));
    }

    [Fact]
    public void The_big_stories_stand_out()
    {
        var cut = Render("/timeline?lang=en&at=2022-11");
        var chatGpt = cut.Find("svg a#m-ev-chatgpt-launch");
        Assert.Contains("highlight", chatGpt.ClassList);
        Assert.Contains("OpenAI launches ChatGPT", chatGpt.TextContent);
    }

    [Fact]
    public void Zooming_to_a_quarter_shows_only_its_events_and_its_months()
    {
        var cut = Render("/timeline?lang=zh&at=2023-Q3");
        Assert.Equal("2023年第3季度", cut.Find("#tl-range").TextContent);
        Assert.Equal(["7月", "8月", "9月"], cut.FindAll(".zoom-band text").Select(t => t.TextContent));
        var expected = TestData.Seeds.Events.Count(e => TimelineWindow.Of(Core.Model.PartialDate.Parse("2023-Q3")).Overlaps(Core.Model.PartialDate.Parse(e.Date)));
        Assert.Equal(expected, cut.FindAll(".event-table tbody tr").Count);
        Assert.Contains("at=2023-Q2", cut.Find("#tl-prev").GetAttribute("href"));
        Assert.Contains("at=2023", cut.Find("#tl-zoom-out").GetAttribute("href"));
    }

    [Fact]
    public void A_chosen_event_opens_its_detail_with_its_source()
    {
        var cut = Render("/timeline?lang=en&event=ev-dalle2-launch");
        var panel = cut.Find("aside.event-detail");
        Assert.Equal("OpenAI launches DALL-E 2", panel.QuerySelector("h3")!.TextContent);
        Assert.Equal("Apr 6, 2022", panel.QuerySelector("time")!.TextContent);
        var source = panel.QuerySelector(".facts .source-ref a")!;
        Assert.Equal("S3", source.TextContent);
        Assert.StartsWith("/sources", source.GetAttribute("href"));
        Assert.EndsWith("#S3", source.GetAttribute("href"));
        Assert.Contains("OpenAI", panel.QuerySelector(".facts")!.TextContent);
    }

    [Fact]
    public void A_month_only_event_is_shown_as_a_month_never_as_the_first()
    {
        var cut = Render("/timeline?lang=zh&event=ev-chatgpt-plus-launch");
        Assert.Equal("2023年2月", cut.Find("aside.event-detail time").TextContent);
        Assert.Contains("仅知月份", cut.Find("aside.event-detail .when").TextContent);
        Assert.Equal("2023年2月", cut.Find("tr#ev-chatgpt-plus-launch time").TextContent);
    }

    [Fact]
    public void Dates_are_written_the_way_each_language_writes_them()
    {
        Assert.Equal("Apr 6, 2022", Render("/timeline?lang=en").Find("tr#ev-dalle2-launch time").TextContent);
        Assert.Equal("2022年4月6日", Render("/timeline?lang=zh").Find("tr#ev-dalle2-launch time").TextContent);
        Assert.Equal("OpenAI launches DALL-E 2", Render("/timeline?lang=en").Find("tr#ev-dalle2-launch td:nth-child(2) a").TextContent);
    }

    [Fact]
    public void A_detail_lists_the_funding_of_its_organizations()
    {
        var cut = Render("/timeline?lang=en&event=ev-stable-diffusion-release");
        Assert.Contains("$101M", cut.Find("aside.event-detail").TextContent);
    }

    [Fact]
    public void Region_CN_shows_Chinas_story_without_DALL_E_2()
    {
        var cut = Render("/timeline?region=CN&lang=en");
        var rows = cut.FindAll(".event-table tbody tr").Select(r => r.Id).ToList();
        Assert.DoesNotContain("ev-dalle2-launch", rows);
        Assert.Contains("ev-china-first-batch-llm-approval", rows);
        Assert.Equal(TestData.Seeds.Events.Count(e => e.Region == "CN"), MarkedEvents(cut));
    }

    [Fact]
    public void Search_narrows_the_events()
    {
        var cut = Render("/timeline?lang=en&q=ChatGPT");
        var rows = cut.FindAll(".event-table tbody tr").Select(r => r.Id).ToList();
        Assert.Contains("ev-chatgpt-launch", rows);
        Assert.DoesNotContain("ev-dalle2-launch", rows);
        Assert.Equal("ChatGPT", cut.Find("input[name=q]").GetAttribute("value"));
    }

    [Fact]
    public void An_empty_result_says_so_and_offers_a_reset()
    {
        var cut = Render("/timeline?lang=en&q=no-such-thing-at-all");
        Assert.NotEmpty(cut.FindAll(".empty-state"));
        Assert.Empty(cut.FindAll("svg a.mark"));
        Assert.Equal("/timeline?lang=en", cut.Find(".empty-state a").GetAttribute("href"));
    }

    [Fact]
    public void Every_mark_is_a_named_link()
    {
        var cut = Render("/timeline?lang=zh&at=2023");
        Assert.All(cut.FindAll("svg a.mark"), a =>
        {
            Assert.StartsWith("/timeline?", a.GetAttribute("href"));
            Assert.False(string.IsNullOrWhiteSpace(a.GetAttribute("aria-label")));
        });
    }
}
