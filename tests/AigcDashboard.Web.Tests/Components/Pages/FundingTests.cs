using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Components.Controls;
using AigcDashboard.Web.Components.Pages;
using AigcDashboard.Web.Model.Charts;
using Bunit;

namespace AigcDashboard.Web.Tests.Components.Pages;

/// <summary>The funding page over the seed data: its charts carry exactly the series the database
/// yields under the filters, and a click in them narrows the filter.</summary>
public class FundingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private ComponentContext Context(string url) => new(fixture.Database, url);

    private static IRenderedComponent<Funding> Render(ComponentContext ctx) => ctx.RenderPage<Funding>();

    private static IRenderedComponent<ApexChart> Chart(IRenderedComponent<Funding> cut, string id) =>
        cut.FindComponents<ApexChart>().Single(c => c.Instance.Id == id);

    private static List<double?> Data(ApexSeries s) => s.Data.Select(p => p.Y).ToList();

    private static readonly Dictionary<string, string?> OrgRegion = TestData.Seeds.Organizations.ToDictionary(o => o.Id, o => o.Region);

    [Fact]
    public async Task Rounds_chart_has_every_round_largest_first_with_amount_and_valuation()
    {
        await using var ctx = Context("/funding?lang=en");
        var chart = Chart(Render(ctx), "chart-rounds").Instance.Chart;
        Assert.Equal(["Stability AI", "Runway", "Hour One", "Twelve Labs", "Descript"], chart.Options.Series[0].Data.Select(p => p.Category));
        Assert.Equal([101_000_000, 50_000_000, 20_000_000, 12_000_000, null], Data(chart.Options.Series[0]));
        Assert.Equal([1_000_000_000, 500_000_000, null, null, 550_000_000], Data(chart.Options.Series[1]));
        Assert.False(chart.Options.Yaxis!.Logarithmic);
        Assert.Equal(ValueAxes.Y, chart.Behaviour.ValueAxes);
    }

    [Fact]
    public async Task A_click_on_a_company_narrows_the_page_to_it()
    {
        await using var ctx = Context("/funding?lang=en&sort=date");
        var cut = Render(ctx);
        await cut.InvokeAsync(() => Chart(cut, "chart-rounds").Instance.PointClicked(0, 1));
        cut.WaitForAssertion(() => Assert.EndsWith("/funding?org=runway&lang=en&sort=date&dir=asc", ctx.Uri));
        cut.WaitForAssertion(() => Assert.Contains("Runway", cut.Find(".active-filters").TextContent));
    }

    [Fact]
    public async Task A_click_on_a_regions_bar_narrows_the_page_to_that_region()
    {
        await using var ctx = Context("/funding?lang=en");
        var cut = Render(ctx);
        var periods = Chart(cut, "chart-periods").Instance.Chart;
        var us = periods.SeriesRegions.ToList().IndexOf("US");
        await cut.InvokeAsync(() => Chart(cut, "chart-periods").Instance.PointClicked(us, 3));
        cut.WaitForAssertion(() => Assert.EndsWith("/funding?region=US&lang=en", ctx.Uri));
    }

    [Fact]
    public async Task The_log_toggle_reaches_the_options()
    {
        await using var ctx = Context("/funding?lang=en&scale=log");
        var cut = Render(ctx);
        Assert.True(Chart(cut, "chart-rounds").Instance.Chart.Options.Yaxis!.Logarithmic);
        Assert.Equal("true", cut.FindAll(".chart-actions a").Single(a => a.TextContent == "Log scale").GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("US")]
    [InlineData("GB")]
    [InlineData("IL")]
    public async Task Over_time_chart_carries_exactly_the_regions_rounds(string region)
    {
        await using var ctx = Context($"/funding?lang=en&region={region}");
        var cut = Render(ctx);
        var series = Assert.Single(Chart(cut, "chart-periods").Instance.Chart.Options.Series);
        var expected = TestData.Seeds.FundingRounds.Where(r => OrgRegion[r.OrgId] == region && r.Amount is not null).Sum(r => r.Amount!.Value);
        Assert.Equal(expected, Data(series).Sum());
        cut.WaitForAssertion(() => Assert.Equal(TestData.Seeds.FundingRounds.Count(r => OrgRegion[r.OrgId] == region), cut.FindAll(".server-grid tbody tr").Count));
    }

    [Fact]
    public async Task Valuation_chart_labels_each_point_with_its_company()
    {
        await using var ctx = Context("/funding?lang=zh");
        var options = Chart(Render(ctx), "chart-valuations").Instance.Chart.Options;
        var points = Assert.Single(options.Series).Data;
        Assert.Equal(["Runway", "Stability AI"], points.Select(p => p.Label));
        Assert.Equal((50_000_000, 500_000_000), (points[0].X, points[0].Y));
    }

    [Fact]
    public async Task Tooltips_write_money_the_way_each_language_does_and_name_the_source()
    {
        await using (var zh = Context("/funding?lang=zh"))
        {
            var tip = Chart(Render(zh), "chart-rounds").Instance.Chart.Options.Series[0].Data[0].Tooltip;
            Assert.Contains("1.01亿美元", tip);
            Assert.Contains("S3", tip);
        }
        await using var en = Context("/funding?lang=en");
        Assert.Contains("$101M", Chart(Render(en), "chart-rounds").Instance.Chart.Options.Series[0].Data[0].Tooltip);
    }

    [Fact]
    public async Task China_has_no_rounds_and_every_chart_says_so()
    {
        await using var ctx = Context("/funding?lang=en&region=CN");
        var cut = Render(ctx);
        Assert.Empty(cut.FindAll(".chart-canvas"));
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll(".empty-state").Count)); // three charts and the table
        Assert.NotEmpty(cut.FindAll(".market-cards .key-figure")); // China's market figures remain
    }

    [Fact]
    public async Task Each_chart_has_a_data_table_and_a_csv()
    {
        await using var ctx = Context("/funding?lang=en");
        var cut = Render(ctx);
        foreach (var chart in new[] { "chart-rounds", "chart-periods", "chart-valuations" })
        {
            Assert.NotEmpty(cut.FindAll($"#{chart}-data table tbody tr"));
            Assert.Contains("format=csv", cut.Find($"#{chart}-title").ParentElement!.QuerySelector("a.chart-csv")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task The_rounds_table_shows_reported_amounts_and_the_dollar_value_beside_them()
    {
        await using var ctx = Context("/funding?lang=zh&sort=date&dir=asc");
        var cut = Render(ctx);
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll(".server-grid tbody tr").Count));
        var rows = cut.FindAll(".server-grid tbody tr");
        Assert.Equal(["Hour One", "Descript", "Stability AI", "Runway", "Twelve Labs"], rows.Select(r => r.QuerySelector("td a")!.TextContent));
        var stability = rows[2];
        Assert.Contains("原文: 1.01亿美元", stability.TextContent);
        Assert.Contains("1.01亿美元", stability.QuerySelectorAll("td")[4].TextContent);
        Assert.Equal("S3", stability.QuerySelector(".source-ref a")!.TextContent);
    }

    [Fact]
    public async Task Market_context_shows_reported_totals_with_their_sources()
    {
        await using var ctx = Context("/funding?lang=en");
        var cards = Render(ctx).FindAll(".market-cards .key-figure");
        Assert.Contains(cards, c => c.TextContent.Contains("$67B") && c.QuerySelector(".source-ref a")!.TextContent == "S0");
        Assert.All(cards, c => Assert.NotNull(c.QuerySelector(".source-ref a")));
    }
}
