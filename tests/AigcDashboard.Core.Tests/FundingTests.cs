using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Funding;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;

namespace AigcDashboard.Core.Tests;

public class FundingTests(QueryTests.Db db) : IClassFixture<QueryTests.Db>
{
    private readonly DashboardQueries q = new(db.Database);

    private static readonly FxRate[] Rates =
    [
        new() { Currency = "CNY", Year = 2022, UnitsPerUsd = 6.73, Origin = "test" },
        new() { Currency = "CNY", Year = 2023, UnitsPerUsd = 7.084, Origin = "test" },
    ];

    private static FundingRoundRow Round(string id, string org, string? region, string date, long? amount, string? currency = "USD", long? valuation = null) =>
        new(id, new OrgRef(org, org, org, region), PartialDate.Parse(date), "A", amount, currency, null, valuation, valuation is null ? null : currency,
            null, [], [], null, null, new Provenance("S3", "x", "reported"));

    [Fact]
    public void Dollars_stay_dollars_and_other_currencies_use_the_rate_of_their_year()
    {
        var fx = new CurrencyConverter(Rates);
        Assert.Equal(new UsdAmount(101_000_000, null), fx.ToUsd(101_000_000, "USD", new DateOnly(2022, 10, 18)));
        var cny = fx.ToUsd(673_000_000, "CNY", new DateOnly(2022, 5, 1))!;
        Assert.Equal(100_000_000, cny.Usd, 3);
        Assert.Equal(2022, cny.Rate!.Year);
        Assert.True(cny.IsConverted);
        // No 2024 rate: the nearest year's.
        Assert.Equal(2023, fx.ToUsd(7_084, "CNY", new DateOnly(2024, 3, 1))!.Rate!.Year);
        Assert.Null(fx.ToUsd(1, "JPY", new DateOnly(2022, 1, 1)));
        Assert.Null(fx.ToUsd(1, null, new DateOnly(2022, 1, 1)));
    }

    [Fact]
    public void Rounds_sort_by_amount_with_undisclosed_ones_last()
    {
        var rounds = FundingAggregates.InUsd(
        [
            Round("a", "small", "US", "2022-02", 20_000_000),
            Round("b", "none", "US", "2022-10", null, null, valuation: 550_000_000),
            Round("c", "big", "GB", "2022-10-18", 101_000_000, valuation: 1_000_000_000),
            Round("d", "yuan", "CN", "2023-03", 673_000_000, "CNY"),
        ], new CurrencyConverter(Rates));
        Assert.Equal(["c", "d", "a", "b"], FundingAggregates.ByAmount(rounds).Select(r => r.Round.Id));
        Assert.Equal(["c"], FundingAggregates.WithValuation(rounds).Select(r => r.Round.Id));
    }

    [Fact]
    public void Totals_per_quarter_are_stacked_by_region_with_empty_quarters_kept()
    {
        var rounds = FundingAggregates.InUsd(
        [
            Round("a", "x", "IL", "2022-02", 20_000_000),
            Round("b", "y", "GB", "2022-10-18", 101_000_000),
            Round("c", "z", "US", "2022-12", 50_000_000),
            Round("d", "w", "US", "2022-12", 12_000_000),
        ], new CurrencyConverter(Rates));
        var t = FundingAggregates.ByPeriod(rounds, DatePrecision.Quarter);
        Assert.Equal(DatePrecision.Quarter, t.Unit);
        Assert.Equal(["2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"], t.Periods.Select(p => p.ToString()));
        Assert.Equal(["GB", "US", "IL"], t.Series.Select(s => s.Region));
        Assert.Equal([0, 0, 0, 62_000_000], t.Series.Single(s => s.Region == "US").Usd);
        Assert.Equal(rounds.Sum(r => r.Amount!.Usd), t.Series.Sum(s => s.Usd.Sum()));
    }

    [Fact]
    public void Regions_beyond_the_largest_few_are_summed_into_one_series()
    {
        var rounds = FundingAggregates.InUsd([
            Round("a", "x", "GB", "2022-01", 300), Round("b", "y", "US", "2022-04", 200),
            Round("c", "z", "IL", "2022-04", 100), Round("d", "w", "JP", "2022-07", 50),
        ], new CurrencyConverter(Rates));
        var t = FundingAggregates.ByPeriod(rounds, DatePrecision.Quarter, maxSeries: 3);
        Assert.Equal(["GB", "US", FundingAggregates.OtherRegions], t.Series.Select(s => s.Region));
        Assert.Equal([0, 100, 50], t.Series.Single(s => s.Region == FundingAggregates.OtherRegions).Usd);
        Assert.Equal(rounds.Sum(r => r.Amount!.Usd), t.Series.Sum(s => s.Usd.Sum()));
        Assert.Equal(4, FundingAggregates.ByPeriod(rounds, DatePrecision.Quarter, maxSeries: 4).Series.Count);
    }

    [Fact]
    public void A_round_known_only_to_the_year_makes_the_totals_yearly()
    {
        var rounds = FundingAggregates.InUsd([Round("a", "x", "US", "2022-02", 1), Round("b", "y", "US", "2023", 2)], new CurrencyConverter(Rates));
        var t = FundingAggregates.ByPeriod(rounds, DatePrecision.Quarter);
        Assert.Equal(DatePrecision.Year, t.Unit);
        Assert.Equal(["2022", "2023"], t.Periods.Select(p => p.ToString()));
    }

    [Fact]
    public async Task With_the_seed_data_every_reported_round_is_there_and_sums_in_dollars()
    {
        var rounds = FundingAggregates.InUsd(await q.FundingRoundsAsync(DashboardFilter.None), new CurrencyConverter(await q.FxRatesAsync()));
        Assert.Equal(["stability-ai", "runway", "hour-one", "twelve-labs", "descript"],
            FundingAggregates.ByAmount(rounds).Select(r => r.Round.Organization.Id));
        var totals = FundingAggregates.ByPeriod(rounds, DatePrecision.Quarter);
        Assert.Equal(183_000_000, totals.Series.Sum(s => s.Usd.Sum()));
        Assert.Equal(["stability-ai", "runway"], FundingAggregates.WithValuation(rounds).OrderByDescending(r => r.Valuation!.Usd).Select(r => r.Round.Organization.Id));
    }

    [Fact]
    public async Task The_organization_filter_narrows_everything_to_it()
    {
        var f = new DashboardFilter { Organization = "stability-ai" };
        Assert.All(await q.FundingRoundsAsync(f), r => Assert.Equal("stability-ai", r.Organization.Id));
        Assert.All(await q.EventsAsync(f), e => Assert.Contains(e.Organizations, o => o.Id == "stability-ai"));
        Assert.All(await q.MetricsAsync(f), m => Assert.Equal("stability-ai", m.Organization?.Id));
        Assert.Equal(["stability-ai"], (await q.OrganizationsAsync(f)).Select(o => o.Id));
        Assert.Null(await q.OrganizationAsync("no-such-org"));
    }

    [Fact]
    public async Task Every_rate_in_the_data_set_names_its_origin()
    {
        var rates = await q.FxRatesAsync();
        Assert.Contains(rates, r => r.Currency == "CNY" && r.Year == 2023);
        Assert.All(rates, r => Assert.False(string.IsNullOrWhiteSpace(r.Origin)));
    }
}
