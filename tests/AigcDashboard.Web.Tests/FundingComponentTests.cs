using System.Text.Json;
using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Components.Pages;
using Bunit;

namespace AigcDashboard.Web.Tests;

/// <summary>The funding page with the seed data: the charts' emitted options carry exactly the
/// series the database yields under the filters.</summary>
public class FundingComponentTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private IRenderedComponent<Funding> Render(string url)
    {
        var ctx = new ComponentContext(fixture.Database, url);
        var cut = ctx.RenderPage<Funding>();
        cut.WaitForElement("main h1");
        return cut;
    }

    private static JsonElement Options(IRenderedComponent<Funding> cut, string chart) =>
        JsonDocument.Parse(cut.Find($"#{chart}[data-apex-chart]").GetAttribute("data-options")!).RootElement;

    private static List<double?> Data(JsonElement series) =>
        series.GetProperty("data").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : v.GetDouble()).ToList();

    private static readonly Dictionary<string, string?> OrgRegion = TestData.Seeds.Organizations.ToDictionary(o => o.Id, o => o.Region);

    [Fact]
    public void Rounds_chart_has_every_round_largest_first_with_amount_and_valuation()
    {
        var cut = Render("/funding?lang=en");
        var o = Options(cut, "chart-rounds");
        Assert.Equal(["Stability AI", "Runway", "Hour One", "Twelve Labs", "Descript"],
            o.GetProperty("xaxis").GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        var series = o.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal([101_000_000, 50_000_000, 20_000_000, 12_000_000, null], Data(series[0]));
        Assert.Equal([1_000_000_000, 500_000_000, null, null, 550_000_000], Data(series[1]));
        Assert.Contains("/funding?org=stability-ai", o.GetProperty("dashboard").GetProperty("links")[0][0].GetString());
        Assert.False(o.GetProperty("yaxis").GetProperty("logarithmic").GetBoolean());
    }

    [Fact]
    public void The_log_toggle_reaches_the_options()
    {
        var cut = Render("/funding?lang=en&scale=log");
        Assert.True(Options(cut, "chart-rounds").GetProperty("yaxis").GetProperty("logarithmic").GetBoolean());
        Assert.Equal("true", cut.FindAll(".chart-actions a").Single(a => a.TextContent == "Log scale").GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("US")]
    [InlineData("GB")]
    [InlineData("IL")]
    public void Over_time_chart_carries_exactly_the_regions_rounds(string region)
    {
        var cut = Render($"/funding?lang=en&region={region}");
        var series = Options(cut, "chart-periods").GetProperty("series").EnumerateArray().ToList();
        var expected = TestData.Seeds.FundingRounds.Where(r => OrgRegion[r.OrgId] == region && r.Amount is not null).Sum(r => r.Amount!.Value);
        var s = Assert.Single(series);
        Assert.Equal(expected, Data(s).Sum());
        Assert.Equal(TestData.Seeds.FundingRounds.Count(r => OrgRegion[r.OrgId] == region), cut.FindAll(".rounds-table tbody tr").Count);
    }

    [Fact]
    public void Valuation_chart_labels_each_point_with_its_company()
    {
        var o = Options(Render("/funding?lang=zh"), "chart-valuations");
        var names = o.GetProperty("dashboard").GetProperty("dataLabels")[0].EnumerateArray().Select(l => l.GetString()).ToList();
        Assert.Equal(["Runway", "Stability AI"], names);
        Assert.Equal(1, o.GetProperty("series").GetArrayLength());
        var first = o.GetProperty("series")[0].GetProperty("data")[0];
        Assert.Equal([50_000_000, 500_000_000], first.EnumerateArray().Select(v => v.GetDouble()));
    }

    [Fact]
    public void Tooltips_write_money_the_way_each_language_does_and_name_the_source()
    {
        var zh = Options(Render("/funding?lang=zh"), "chart-rounds").GetProperty("dashboard").GetProperty("tooltips")[0][0].GetString();
        Assert.Contains("1.01亿美元", zh);
        Assert.Contains("S3", zh);
        var en = Options(Render("/funding?lang=en"), "chart-rounds").GetProperty("dashboard").GetProperty("tooltips")[0][0].GetString();
        Assert.Contains("$101M", en);
    }

    [Fact]
    public void China_has_no_rounds_and_every_chart_says_so()
    {
        var cut = Render("/funding?lang=en&region=CN");
        Assert.Empty(cut.FindAll("[data-apex-chart]"));
        Assert.Equal(4, cut.FindAll(".empty-state").Count); // three charts and the table
        Assert.NotEmpty(cut.FindAll(".market-cards .key-figure")); // China's market figures remain
    }

    [Fact]
    public void Each_chart_has_a_data_table_and_a_csv()
    {
        var cut = Render("/funding?lang=en");
        foreach (var chart in new[] { "chart-rounds", "chart-periods", "chart-valuations" })
        {
            Assert.NotEmpty(cut.FindAll($"#{chart}-data table tbody tr"));
            Assert.Contains("format=csv", cut.Find($"#{chart}-title").ParentElement!.QuerySelector("a.chart-csv")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void The_rounds_table_shows_reported_amounts_and_the_dollar_value_beside_them()
    {
        var cut = Render("/funding?lang=zh&sort=date&dir=asc");
        var rows = cut.FindAll(".rounds-table tbody tr").ToList();
        Assert.Equal(["fr-hour-one-2022-02", "fr-descript-2022-10", "fr-stability-ai-2022-10", "fr-runway-2022-12", "fr-twelve-labs-2022-12"], rows.Select(r => r.Id));
        var stability = rows.Single(r => r.Id == "fr-stability-ai-2022-10");
        Assert.Contains("原文: 1.01亿美元", stability.TextContent);
        Assert.Contains("1.01亿美元", stability.QuerySelectorAll("td")[4].TextContent);
        Assert.Equal("S3", stability.QuerySelector(".source-ref a")!.TextContent);
    }

    [Fact]
    public void Market_context_shows_reported_totals_with_their_sources()
    {
        var cut = Render("/funding?lang=en");
        var cards = cut.FindAll(".market-cards .key-figure");
        Assert.Contains(cards, c => c.TextContent.Contains("$67B") && c.QuerySelector(".source-ref a")!.TextContent == "S0");
        Assert.All(cards, c => Assert.NotNull(c.QuerySelector(".source-ref a")));
    }
}
