using AigcDashboard.Core.Model;
using AigcDashboard.Core.Tests;
using AigcDashboard.Core.Timeline;
using AigcDashboard.Web.Components.Controls;
using AigcDashboard.Web.Components.Pages;
using AigcDashboard.Web.Model;
using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace AigcDashboard.Web.Tests.Components.Pages;

/// <summary>The timeline page over the seed data: the chart, its detail dialog and its table.</summary>
public class TimelineTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static IRenderedComponent<Timeline> Render(ComponentContext ctx) => ctx.RenderPage<Timeline>();

    private ComponentContext Context(string url) => new(fixture.Database, url);

    private static int MarkedEvents(IRenderedComponent<Timeline> cut) =>
        cut.FindAll("svg a.mark").Sum(a => a.ClassList.Contains("cluster") ? int.Parse(a.QuerySelector(".cluster-count")!.TextContent) : 1);

    private static List<string> TableIds(IRenderedComponent<Timeline> cut) =>
        cut.FindAll(".server-grid tbody tr td:nth-child(2) a").Select(a => a.GetAttribute("href")!.Split("event=")[1].Split('&')[0]).ToList();

    private static bool Overlaps(string at, string date) => TimelineWindow.Of(PartialDate.Parse(at)).Overlaps(PartialDate.Parse(date));

    [Fact]
    public async Task Shows_five_lanes_in_order_and_every_event_once()
    {
        await using var ctx = Context("/timeline?lang=en");
        var cut = Render(ctx);
        Assert.Equal(["Global models & products", "China: models & approvals", "Funding & deals", "Regulation & policy", "Market & society"],
            cut.FindAll(".lane-name").Select(t => t.TextContent));
        Assert.Equal(TestData.Seeds.Events.Count, MarkedEvents(cut));
        Assert.Equal(TestData.Seeds.Events.Count.ToString(), cut.Find("#h-events .count").TextContent);
        Assert.Equal(DashboardViews.EventPageSize, cut.FindAll(".server-grid tbody tr").Count);
    }

    [Fact]
    public async Task The_table_reads_the_page_the_address_names_and_turning_it_is_a_navigation()
    {
        await using var ctx = Context("/timeline?lang=en&page=2");
        var cut = Render(ctx);
        var second = TableIds(cut);
        Assert.Equal(DashboardViews.EventPageSize, second.Count);
        var dates = second.Select(id => PartialDate.Parse(TestData.Seeds.Events.Single(e => e.Id == id).Date).Start).ToList();
        Assert.Equal(dates.Order(), dates);
        Assert.True(dates[0] >= TestData.Seeds.Events.Select(e => PartialDate.Parse(e.Date).Start).Order().ElementAt(DashboardViews.EventPageSize));

        Assert.Equal($"26–50 of {TestData.Seeds.Events.Count}", cut.Find(".table-pager .range").TextContent);
        var next = cut.Find(".table-pager a[aria-label='Next page']").GetAttribute("href")!;
        Assert.Equal("/timeline?lang=en&page=3", next);
        await using var third = Context(next);
        Assert.Empty(TableIds(Render(third)).Intersect(second));
    }

    [Fact]
    public async Task A_page_past_the_end_says_how_many_there_are_and_links_to_the_last()
    {
        await using var ctx = Context("/timeline?lang=en&page=99");
        var cut = Render(ctx);
        var last = (TestData.Seeds.Events.Count + DashboardViews.EventPageSize - 1) / DashboardViews.EventPageSize;
        Assert.Contains($"Page 99 is past the end: the table has {last} pages.", cut.Find(".past-last-page").TextContent);
        Assert.Equal($"/timeline?lang=en&page={last}", cut.Find(".past-last-page a").GetAttribute("href"));
        Assert.Empty(cut.FindAll(".table-pager"));
    }

    [Fact]
    public async Task Sorting_by_title_descending_is_done_by_the_database_and_written_to_the_address()
    {
        await using var ctx = Context("/timeline?lang=en&sort=title&dir=desc");
        var cut = Render(ctx);
        var titles = cut.FindAll(".server-grid tbody tr td:nth-child(2) a").Select(a => a.TextContent).ToList();
        Assert.Equal(TestData.Seeds.Events.Select(e => e.TitleEn).OrderDescending(StringComparer.Ordinal).Take(titles.Count), titles);

        string SortLink(string column) => cut.FindAll(".server-grid th").Single(th => th.TextContent.Contains(column)).QuerySelector("a.sort-link")!.GetAttribute("href")!;
        Assert.Equal("descending", cut.FindAll(".server-grid th").Single(th => th.TextContent.Contains("Event")).GetAttribute("aria-sort"));
        Assert.Equal("/timeline?lang=en&sort=title&dir=asc", SortLink("Event"));
        // Date, ascending, is the table's default order: the address leaves it out.
        Assert.Equal("/timeline?lang=en", SortLink("Date"));
        Assert.Equal("/timeline?lang=en&sort=region&dir=asc", SortLink("Region"));
    }

    [Fact]
    public async Task The_whole_range_clusters_crowded_stretches_and_a_cluster_zooms_in()
    {
        await using var ctx = Context("/timeline?lang=en");
        var cluster = Render(ctx).FindAll("svg a.mark.cluster").First();
        Assert.Contains("at=", cluster.GetAttribute("href"));
        Assert.Matches(@"^\d+ events, ", cluster.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task The_big_stories_stand_out()
    {
        await using var ctx = Context("/timeline?lang=en&at=2022-11");
        var chatGpt = Render(ctx).Find("svg a#m-ev-chatgpt-launch");
        Assert.Contains("highlight", chatGpt.ClassList);
        Assert.Contains("OpenAI launches ChatGPT", chatGpt.TextContent);
    }

    [Fact]
    public async Task A_title_that_looks_like_markup_is_shown_as_text_in_the_chart()
    {
        // A title is data: in the label, the aria-label and the hover text alike.
        const string title = "<img src=x onerror=\"alert(1)\"> & \"ChatGPT\"";
        using var database = new SeededDatabase();
        await using (var db = database.CreateContext())
        {
            var launch = await db.Events.SingleAsync(e => e.Id == "ev-chatgpt-launch");
            launch.TitleEn = title;
            await db.SaveChangesAsync();
        }
        await using var ctx = new ComponentContext(database, "/timeline?lang=en&at=2022-11");
        var mark = Render(ctx).Find("svg a#m-ev-chatgpt-launch");
        Assert.Empty(mark.QuerySelectorAll("img"));
        Assert.Equal(title, mark.QuerySelector(".label")!.TextContent);
        Assert.EndsWith(title, mark.GetAttribute("aria-label"));
        Assert.Contains(title, mark.QuerySelector("title")!.TextContent);
    }

    [Fact]
    public async Task Zooming_to_a_quarter_shows_only_its_events_and_its_months()
    {
        await using var ctx = Context("/timeline?lang=zh&at=2023-Q3");
        var cut = Render(ctx);
        Assert.Equal("2023年第3季度", cut.Find("#tl-range").TextContent);
        Assert.Equal(["7月", "8月", "9月"], cut.FindAll(".zoom-band text").Select(t => t.TextContent));
        Assert.Equal(TestData.Seeds.Events.Count(e => Overlaps("2023-Q3", e.Date)), MarkedEvents(cut));
        Assert.Contains("at=2023-Q2", cut.Find("#tl-prev").GetAttribute("href"));
        Assert.Contains("at=2023", cut.Find("#tl-zoom-out").GetAttribute("href"));
    }

    [Fact]
    public async Task Keys_wheel_and_drag_come_back_as_steps_that_navigate()
    {
        await using var ctx = Context("/timeline?lang=en&at=2022");
        var cut = Render(ctx);
        var chart = cut.FindComponent<TimelineChart>();
        await cut.InvokeAsync(() => chart.Instance.Step(TimelineStep.Next, false));
        cut.WaitForAssertion(() => Assert.EndsWith("at=2023", ctx.Uri));
        cut.WaitForAssertion(() => Assert.Equal("2023", cut.Find("#tl-range").TextContent));
        await cut.InvokeAsync(() => cut.FindComponent<TimelineChart>().Instance.ZoomAt(0.6));
        cut.WaitForAssertion(() => Assert.EndsWith("at=2023-Q3", ctx.Uri));
        await cut.InvokeAsync(() => cut.FindComponent<TimelineChart>().Instance.Step(TimelineStep.Whole, false));
        cut.WaitForAssertion(() => Assert.EndsWith("/timeline?lang=en", ctx.Uri));
    }

    [Fact]
    public async Task The_chart_module_is_attached_to_the_chart_on_first_render()
    {
        await using var ctx = Context("/timeline?lang=en");
        var module = ctx.JSInterop.SetupModule(m => m.Arguments.Count == 1 && ((string)m.Arguments[0]!).Contains("TimelineChart"));
        module.Mode = Bunit.JSRuntimeMode.Loose;
        var cut = Render(ctx);
        await ComponentContext.Eventually(() => Assert.Single(module.Invocations["attach"]));
    }

    [Fact]
    public async Task A_chosen_event_opens_its_dialog_with_its_source()
    {
        await using var ctx = Context("/timeline?lang=en&event=ev-dalle2-launch");
        Render(ctx);
        ctx.Dialogs.WaitForAssertion(() => Assert.Equal("OpenAI launches DALL-E 2", ctx.Dialogs.Find("#event-dialog-title").TextContent));
        var dialog = ctx.Dialogs.Find(".event-dialog");
        Assert.Equal("Apr 6, 2022", dialog.QuerySelector(".when time")!.TextContent);
        var source = dialog.QuerySelector(".facts .source-ref a")!;
        Assert.Equal("S3", source.TextContent);
        Assert.StartsWith("/sources", source.GetAttribute("href"));
        Assert.EndsWith("#S3", source.GetAttribute("href"));
        Assert.Contains("OpenAI", dialog.QuerySelector(".facts")!.TextContent);
    }

    [Fact]
    public async Task Closing_the_dialog_goes_to_the_address_without_the_event()
    {
        await using var ctx = Context("/timeline?lang=en&at=2022&event=ev-dalle2-launch");
        var cut = Render(ctx);
        ctx.Dialogs.WaitForElement(".event-dialog");
        ctx.Dialogs.FindAll(".mud-dialog-actions button").Single().Click();
        cut.WaitForAssertion(() => Assert.EndsWith("/timeline?lang=en&at=2022", ctx.Uri));
        ctx.Dialogs.WaitForAssertion(() => Assert.Empty(ctx.Dialogs.FindAll(".event-dialog")));
    }

    [Fact]
    public async Task A_month_only_event_is_shown_as_a_month_never_as_the_first()
    {
        await using var ctx = Context("/timeline?lang=zh&event=ev-chatgpt-plus-launch");
        Render(ctx);
        ctx.Dialogs.WaitForAssertion(() => Assert.Equal("2023年2月", ctx.Dialogs.Find(".when time").TextContent));
        Assert.Contains("仅知月份", ctx.Dialogs.Find(".when").TextContent);
    }

    [Fact]
    public async Task A_detail_lists_the_funding_of_its_organizations()
    {
        await using var ctx = Context("/timeline?lang=en&event=ev-stable-diffusion-release");
        Render(ctx);
        ctx.Dialogs.WaitForAssertion(() => Assert.Contains("$101M", ctx.Dialogs.Find(".event-dialog").TextContent));
    }

    [Fact]
    public async Task An_id_of_no_event_says_so_in_the_dialog()
    {
        await using var ctx = Context("/timeline?lang=en&event=ev-no-such-event");
        Render(ctx);
        ctx.Dialogs.WaitForAssertion(() => Assert.Equal("No event has this id.", ctx.Dialogs.Find("#event-dialog-title").TextContent));
    }

    [Fact]
    public async Task Dates_are_written_the_way_each_language_writes_them()
    {
        await using (var en = Context("/timeline?lang=en&at=2022-04"))
            Assert.Contains("Apr 6, 2022", Render(en).Find(".server-grid tbody").TextContent);
        await using var zh = Context("/timeline?lang=zh&at=2022-04");
        Assert.Contains("2022年4月6日", Render(zh).Find(".server-grid tbody").TextContent);
    }

    [Fact]
    public async Task Region_CN_shows_Chinas_story_without_DALL_E_2()
    {
        await using var ctx = Context("/timeline?region=CN&lang=en");
        var cut = Render(ctx);
        Assert.Equal(TestData.Seeds.Events.Count(e => e.Region == "CN"), MarkedEvents(cut));
        Assert.Empty(cut.FindAll("svg a#m-ev-dalle2-launch"));
        Assert.Contains("China", cut.Find(".active-filters").TextContent);
    }

    [Fact]
    public async Task Search_narrows_the_events()
    {
        await using var ctx = Context("/timeline?lang=en&q=ChatGPT");
        var cut = Render(ctx);
        var ids = TableIds(cut);
        Assert.Contains("ev-chatgpt-launch", ids);
        Assert.DoesNotContain("ev-dalle2-launch", ids);
        Assert.Equal("ChatGPT", cut.Find("#f-q").GetAttribute("value"));
    }

    [Fact]
    public async Task An_empty_result_says_so_and_offers_a_reset()
    {
        await using var ctx = Context("/timeline?lang=en&q=no-such-thing-at-all");
        var cut = Render(ctx);
        Assert.NotEmpty(cut.FindAll(".empty-state"));
        Assert.Empty(cut.FindAll("svg a.mark"));
        Assert.Equal("/timeline?lang=en", cut.Find(".empty-state a").GetAttribute("href"));
    }

    [Fact]
    public async Task Every_mark_is_a_named_link()
    {
        await using var ctx = Context("/timeline?lang=zh&at=2023");
        Assert.All(Render(ctx).FindAll("svg a.mark"), a =>
        {
            Assert.StartsWith("/timeline?", a.GetAttribute("href"));
            Assert.False(string.IsNullOrWhiteSpace(a.GetAttribute("aria-label")));
        });
    }

    [Theory]
    [InlineData("/timeline?at=2022-13", "at")]
    [InlineData("/timeline?sort=size", "sort")]
    [InlineData("/timeline?event=NOT%20AN%20ID", "event")]
    [InlineData("/timeline?page=0", "page")]
    public async Task A_bad_parameter_is_explained_instead_of_data(string url, string parameter)
    {
        await using var ctx = Context(url);
        var cut = ctx.RenderPage<Timeline>();
        Assert.Contains(parameter + "=", cut.Find(".invalid-address").TextContent);
        Assert.Empty(cut.FindAll(".timeline-chart"));
    }
}
