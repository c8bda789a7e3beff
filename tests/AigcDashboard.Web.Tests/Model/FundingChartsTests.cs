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
    public void On_a_slide_the_charts_fill_their_box_and_give_ApexCharts_the_larger_axis_label_size()
    {
        var totals = new PeriodTotals(DatePrecision.Year, [PartialDate.Parse("2022")], [new("US", [1])]);
        foreach (var chart in new[] { FundingCharts.RoundsByCompany([Round("a", "A", 5e6, 5e7)], "en", false, onSlide: true), FundingCharts.OverTime(totals, "en", onSlide: true) })
        {
            var json = chart.Options.ToJson();
            Assert.Equal("100%", json.GetProperty("chart").GetProperty("height").GetString());
            foreach (var axis in new[] { "xaxis", "yaxis" })
                Assert.Equal("0.8rem", json.GetProperty(axis).GetProperty("labels").GetProperty("style").GetProperty("fontSize").GetString());
            Assert.Equal("0.8rem", json.GetProperty("yaxis").GetProperty("title").GetProperty("style").GetProperty("fontSize").GetString());
        }
        // On the dashboard, ApexCharts' own sizes.
        var page = FundingCharts.OverTime(totals, "en").Options.ToJson();
        Assert.Equal("320", page.GetProperty("chart").GetProperty("height").GetString());
        Assert.False(page.GetProperty("yaxis").TryGetProperty("labels", out _));
    }

    [Theory]
    [InlineData(1.2625e8, 5, 1.5e8)]   // steps of 3000万, not 2525万
    [InlineData(1.25e9, 5, 1.25e9)]    // already round: 2.5亿 steps
    [InlineData(6e6, 5, 7.5e6)]
    [InlineData(1, 5, 1)]
    [InlineData(0, 5, 1)]
    public void A_value_axis_ends_where_its_steps_are_round_amounts(double value, int ticks, double end) =>
        Assert.Equal(end, FundingCharts.RoundAxisEnd(value, ticks), 6);

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
