using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Components.Pages;
using AigcDashboard.Web.Model;
using Bunit;

namespace AigcDashboard.Web.Tests.Components.Pages;

/// <summary>The overview over the seed data: every figure computed from the database.</summary>
public class OverviewTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private ComponentContext Context(string url) => new(fixture.Database, url);

    private static string Card(IRenderedComponent<Overview> cut, string label) =>
        cut.FindAll(".key-figure").Single(c => c.QuerySelector(".key-label")!.TextContent == label).QuerySelector(".key-value")!.TextContent;

    [Fact]
    public async Task Key_figures_are_computed_from_the_database()
    {
        await using var ctx = Context("/?lang=en");
        var cut = ctx.RenderPage<Overview>();
        Assert.Equal(TestData.Seeds.Events.Count.ToString(), Card(cut, "Events"));
        Assert.Equal(TestData.Seeds.FundingRounds.Count.ToString(), Card(cut, "Funding rounds"));
        Assert.Equal(TestData.Seeds.Organizations.Count.ToString(), Card(cut, "Organizations"));
        var usd = TestData.Seeds.FundingRounds.Where(r => r.Currency == "USD").Sum(r => r.Amount!.Value);
        Assert.Equal(Infrastructure.Formats.Money(usd, "USD", "en"), Card(cut, "Disclosed funding (USD)"));
    }

    [Fact]
    public async Task For_China_it_counts_only_Chinese_events()
    {
        await using var ctx = Context("/?region=CN");
        var cut = ctx.RenderPage<Overview>();
        Assert.Equal(TestData.Seeds.Events.Count(e => e.Region == "CN").ToString(), Card(cut, "事件"));
    }

    [Fact]
    public async Task The_figures_table_reads_its_page_and_order_from_the_address_and_writes_them_back()
    {
        await using var ctx = Context("/?lang=en&sort=value&dir=desc");
        var cut = ctx.RenderPage<Overview>();
        Assert.Equal(DashboardViews.MetricPageSize, cut.FindAll(".server-grid tbody tr").Count);
        var largest = TestData.Seeds.Metrics.MaxBy(m => m.Value)!;
        Assert.Contains(largest.SubjectEn, cut.Find(".server-grid tbody tr").TextContent);
        Assert.Equal("descending", cut.FindAll(".server-grid th").Single(th => th.TextContent.Contains("Value")).GetAttribute("aria-sort"));

        Assert.Equal("/?lang=en&sort=value&dir=desc&page=2", cut.Find(".table-pager a[aria-label='Next page']").GetAttribute("href"));
        Assert.Equal("/?lang=en&sort=value&dir=asc", cut.FindAll(".server-grid th").Single(th => th.TextContent.Contains("Value")).QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_latest_events_open_on_the_timeline()
    {
        await using var ctx = Context("/?lang=en");
        var cut = ctx.RenderPage<Overview>();
        Assert.All(cut.FindAll(".event-list a.event-title"), a => Assert.StartsWith("/timeline?lang=en&event=", a.GetAttribute("href")));
    }
}
