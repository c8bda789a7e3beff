using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;

namespace AigcDashboard.Core.Funding;

/// <summary>A round with its amount and valuation in US dollars (converted where reported otherwise).</summary>
public sealed record RoundInUsd(FundingRoundRow Round, UsdAmount? Amount, UsdAmount? Valuation);

/// <summary>Money raised per period, one series per region (regions with nothing left out).</summary>
public sealed record PeriodTotals(DatePrecision Unit, IReadOnlyList<PartialDate> Periods, IReadOnlyList<RegionSeries> Series);

/// <summary>One region's sums, a value per period.</summary>
public sealed record RegionSeries(string Region, IReadOnlyList<double> Usd);

/// <summary>
/// The funding page's numbers, from the rounds the filters leave: per round, per period and
/// region, and valuation against amount. Amounts are only ever added in US dollars.
/// </summary>
public static class FundingAggregates
{
    public const string UnknownRegion = "";
    /// <summary>The series that sums the regions beyond the largest few.</summary>
    public const string OtherRegions = "*";
    /// <summary>Regions a chart stacks one by one over time (as many as its palette has colours); the rest are summed.</summary>
    public const int MaxRegionSeries = 8;

    public static IReadOnlyList<RoundInUsd> InUsd(IEnumerable<FundingRoundRow> rounds, CurrencyConverter fx) =>
        rounds.Select(r => new RoundInUsd(r,
            r.Amount is { } a ? fx.ToUsd(a, r.Currency, r.When.Start) : null,
            r.Valuation is { } v ? fx.ToUsd(v, r.ValuationCurrency, r.When.Start) : null)).ToList();

    /// <summary>Rounds by amount raised, largest first; rounds without a disclosed amount last (by valuation, then date).</summary>
    public static IReadOnlyList<RoundInUsd> ByAmount(IEnumerable<RoundInUsd> rounds) =>
        rounds.OrderBy(r => r.Amount is null).ThenByDescending(r => r.Amount?.Usd ?? 0).ThenByDescending(r => r.Valuation?.Usd ?? 0)
            .ThenBy(r => r.Round.When.Start).ThenBy(r => r.Round.Id, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Sums per quarter or year (every period between the first and last round, empty ones too),
    /// stacked by the company's region. Quarters are used only when every round is dated at
    /// least to the quarter; otherwise years, so that no round is put in a quarter it may not
    /// belong to.
    /// </summary>
    public static PeriodTotals ByPeriod(IEnumerable<RoundInUsd> rounds, DatePrecision wanted, int maxSeries = int.MaxValue)
    {
        var withAmount = rounds.Where(r => r.Amount is not null).ToList();
        var unit = wanted == DatePrecision.Quarter && withAmount.All(r => r.Round.When.Precision <= DatePrecision.Quarter)
            ? DatePrecision.Quarter : DatePrecision.Year;
        if (withAmount.Count == 0) return new PeriodTotals(unit, [], []);

        PartialDate PeriodOf(DateOnly d) => unit == DatePrecision.Quarter
            ? new PartialDate(new DateOnly(d.Year, (d.Month - 1) / 3 * 3 + 1, 1), DatePrecision.Quarter)
            : new PartialDate(new DateOnly(d.Year, 1, 1), DatePrecision.Year);

        var first = PeriodOf(withAmount.Min(r => r.Round.When.Start));
        var last = PeriodOf(withAmount.Max(r => r.Round.When.Start));
        var periods = new List<PartialDate>();
        for (var p = first; p.Start <= last.Start; p = new PartialDate(p.Start.AddMonths(unit == DatePrecision.Quarter ? 3 : 12), unit))
            periods.Add(p);

        var index = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var regions = withAmount
            .GroupBy(r => r.Round.Organization.Region ?? UnknownRegion)
            .OrderByDescending(g => g.Sum(r => r.Amount!.Usd)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var kept = regions.Count <= maxSeries ? regions : regions.Take(maxSeries - 1).ToList();
        var series = kept.Select(g => new RegionSeries(g.Key, Sums(g)))
            .Concat(kept.Count < regions.Count ? [new RegionSeries(OtherRegions, Sums(regions.Skip(kept.Count).SelectMany(g => g)))] : [])
            .ToList();
        return new PeriodTotals(unit, periods, series);

        IReadOnlyList<double> Sums(IEnumerable<RoundInUsd> rs)
        {
            var sums = new double[periods.Count];
            foreach (var r in rs) sums[index[PeriodOf(r.Round.When.Start)]] += r.Amount!.Usd;
            return sums;
        }
    }

    /// <summary>Rounds that report both an amount and a valuation: the points of the valuation chart.</summary>
    public static IReadOnlyList<RoundInUsd> WithValuation(IEnumerable<RoundInUsd> rounds) =>
        rounds.Where(r => r.Amount is not null && r.Valuation is not null).OrderBy(r => r.Amount!.Usd).ToList();
}
