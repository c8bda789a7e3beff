using AigcDashboard.Core.Funding;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using AigcDashboard.Web.Model;
using AigcDashboard.Web.Model.Charts;

namespace AigcDashboard.Web.Tests.Model;

/// <summary>The chart options as plain functions of the rounds.</summary>
public class FundingChartsTests
{
    private static RoundInUsd Round(string org, string name, double amount, double? valuation, string date = "2022-10-17", string region = "GB") =>
        new(new FundingRoundRow($"fr-{org}", new OrgRef(org, name, name, region), PartialDate.Parse(date), "Seed", (long)amount, "USD", null,
            (long?)valuation, "USD", null, [], [], null, null, new Provenance("S3", "x", "reported")),
            new UsdAmount(amount, null), valuation is { } v ? new UsdAmount(v, null) : null);

    [Fact]
    public void The_rounds_chart_has_an_amount_and_a_valuation_series_with_tooltips_and_who_each_point_is()
    {
        var chart = FundingCharts.RoundsByCompany([Round("a", "<img src=x onerror=alert(1)>", 5e6, 5e7), Round("b", "B", 2e6, null)], "en", log: true);
        Assert.Equal(2, chart.Options.Series.Count);
        Assert.Equal([5e6, 2e6], chart.Options.Series[0].Data.Select(p => p.Y));
        Assert.Equal([5e7, null], chart.Options.Series[1].Data.Select(p => p.Y));
        Assert.True(chart.Options.Yaxis!.Logarithmic);
        Assert.Equal(["a", "b"], chart.PointOrganizations);
        Assert.Contains("Not disclosed", chart.Options.Series[1].Data[1].Tooltip);
        // A name is data, carried as text; the chart module writes it encoded.
        Assert.Contains("<img src=x onerror=alert(1)>", chart.Options.Series[0].Data[0].Tooltip);
        Assert.Equal(5, chart.Rows[0].Count);
    }

    [Fact]
    public void The_over_time_chart_stacks_regions_and_a_click_on_the_rest_chooses_no_region()
    {
        var totals = new PeriodTotals(DatePrecision.Quarter, [PartialDate.Parse("2022-Q1"), PartialDate.Parse("2022-Q2")],
            [new("US", [1, 2]), new(FundingAggregates.OtherRegions, [3, 4])]);
        var chart = FundingCharts.OverTime(totals, "zh");
        Assert.True(chart.Options.Chart.Stacked);
        Assert.Equal(["美国", "其他地区"], chart.Options.Series.Select(s => s.Name));
        Assert.Equal(["US", null], chart.SeriesRegions);
        Assert.Equal(["2022年第1季度", "2022年第2季度"], chart.Rows.Select(r => r[0]));
    }

    [Fact]
    public void Options_are_written_as_ApexCharts_reads_them()
    {
        var chart = FundingCharts.Valuations([Round("a", "A", 5e6, 5e7)], "en", log: false);
        var json = chart.Options.ToJson();
        Assert.Equal("scatter", json.GetProperty("chart").GetProperty("type").GetString());
        var point = json.GetProperty("series")[0].GetProperty("data")[0];
        Assert.Equal(5e6, point.GetProperty("x").GetDouble());
        Assert.Equal(5e7, point.GetProperty("y").GetDouble());
        Assert.Equal("A", point.GetProperty("label").GetString());
        Assert.False(json.GetProperty("xaxis").TryGetProperty("labels", out _)); // nulls are left out
        Assert.False(json.GetProperty("xaxis").GetProperty("tooltip").GetProperty("enabled").GetBoolean());
    }
}
