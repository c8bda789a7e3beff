using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Funding;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using AigcDashboard.Web.Infrastructure;

namespace AigcDashboard.Web.Components.Pages;

/// <summary>
/// /funding: rounds by company, amounts over time by region, valuation against amount, the
/// market figures around them, and every round in a sortable table. Own parameters: scale
/// (linear | log), period (quarter | year), sort (company | date | amount | valuation | region), dir.
/// A click on a company (chart or table) adds the global org= filter.
/// </summary>
public partial class Funding
{
    public static readonly IReadOnlyList<string> SortKeys = ["company", "date", "amount", "valuation", "region"];
    public static readonly IReadOnlyList<string> MarketKinds = ["investment-total", "company-count", "market-size", "valuation"];
    /// <summary>The charts show the largest rounds; the table pages through all of them.</summary>
    public const int ChartRounds = 25, ChartPoints = 60, PageSize = 50;

    private bool log;
    private DatePrecision periodUnit = DatePrecision.Quarter;
    private string sort = "amount";
    private bool descending = true;
    private int pageNumber = 1;

    private IReadOnlyList<RoundInUsd> rounds = [];
    private IReadOnlyList<RoundInUsd> byAmount = [];
    private IReadOnlyList<RoundInUsd> table = [];
    private IReadOnlyList<RoundInUsd> valued = [];
    private PeriodTotals periods = new(DatePrecision.Quarter, [], []);
    private IReadOnlyList<MetricRow> market = [];
    private IReadOnlyList<FxRate> rates = [];
    private int pageCount = 1;

    protected override void ValidateParameters()
    {
        var scale = Request.Value("scale");
        if (scale is not null and not ("linear" or "log")) Request.Reject(new FilterError("scale", scale, "Use linear or log."));
        log = scale == "log";

        var period = Request.Value("period");
        if (period is not null and not ("quarter" or "year")) Request.Reject(new FilterError("period", period, "Use quarter or year."));
        periodUnit = period == "year" ? DatePrecision.Year : DatePrecision.Quarter;

        var sortText = Request.Value("sort");
        if (sortText is not null && !SortKeys.Contains(sortText)) Request.Reject(new FilterError("sort", sortText, $"Sort by one of: {string.Join(", ", SortKeys)}."));
        var dir = Request.Value("dir");
        if (dir is not null and not ("asc" or "desc")) Request.Reject(new FilterError("dir", dir, "Use asc or desc."));
        sort = sortText ?? "amount";
        descending = dir is null ? sortText is null : dir == "desc";
        pageNumber = PageParameter();
    }

    protected override async Task LoadAsync()
    {
        var fxRates = await Queries.FxRatesAsync();
        var converter = new CurrencyConverter(fxRates);
        // The charts need the figures of every round; the table, a page of them in full.
        rounds = FundingAggregates.InUsd(await Queries.FundingRoundFiguresAsync(Request.Filter), converter);
        byAmount = FundingAggregates.ByAmount(rounds).Take(ChartRounds).ToList();
        var sorted = Sorted(rounds);
        pageCount = Math.Max(1, (sorted.Count + PageSize - 1) / PageSize);
        table = FundingAggregates.InUsd(await Queries.FundingRoundsByIdAsync(
            sorted.Skip((pageNumber - 1) * PageSize).Take(PageSize).Select(r => r.Round.Id).ToList()), converter);
        valued = FundingAggregates.WithValuation(rounds).OrderByDescending(r => r.Valuation!.Usd).Take(ChartPoints).OrderBy(r => r.Amount!.Usd).ToList();
        periods = FundingAggregates.ByPeriod(rounds, periodUnit, FundingAggregates.MaxRegionSeries);
        market = (await Queries.MetricsAsync(Request.Filter)).Where(m => MarketKinds.Contains(m.Kind))
            .OrderBy(m => MarketKinds.ToList().IndexOf(m.Kind)).ThenByDescending(m => m.When?.Start).ToList();
        rates = table.SelectMany(r => new[] { r.Amount?.Rate, r.Valuation?.Rate }).OfType<FxRate>().Distinct().ToList();
    }

    private IReadOnlyList<RoundInUsd> Sorted(IEnumerable<RoundInUsd> source)
    {
        IOrderedEnumerable<RoundInUsd> o = sort switch
        {
            "company" => Order(source, r => Name(r.Round.Organization), StringComparer.CurrentCulture),
            "date" => Order(source, r => r.Round.When.Start, Comparer<DateOnly>.Default),
            "valuation" => Order(source, r => r.Valuation?.Usd ?? -1, Comparer<double>.Default),
            "region" => Order(source, r => r.Round.Organization.Region ?? "", StringComparer.Ordinal),
            _ => Order(source, r => r.Amount?.Usd ?? -1, Comparer<double>.Default),
        };
        return o.ThenBy(r => r.Round.Id, StringComparer.Ordinal).ToList();
    }

    private IOrderedEnumerable<RoundInUsd> Order<T>(IEnumerable<RoundInUsd> source, Func<RoundInUsd, T> key, IComparer<T> comparer) =>
        descending ? source.OrderByDescending(key, comparer) : source.OrderBy(key, comparer);

    private string Name(OrgRef o) => Request.Pick(o.NameZh, o.NameEn);

    private string Text(string key) => L[key];

    private string Usd(UsdAmount? usd) => usd is null ? "—" : FundingCharts.Usd(usd, Request.Lang);


    /// <summary>This page's own parameters as they stand (the filter form carries them along).</summary>
    private IEnumerable<(string Name, string Value)> PageParameters(bool includeSort)
    {
        if (log) yield return ("scale", "log");
        if (periodUnit == DatePrecision.Year) yield return ("period", "year");
        if (includeSort && (sort != "amount" || !descending))
        {
            yield return ("sort", sort);
            yield return ("dir", descending ? "desc" : "asc");
        }
    }

    private string Link(DashboardFilter filter, bool? logScale = null, DatePrecision? unit = null, (string Key, bool Desc)? order = null, int page = 1)
    {
        var (s, d) = order ?? (sort, descending);
        var defaultOrder = s == "amount" && d;
        return Request.Link("/funding", filter,
            ("scale", logScale ?? log ? "log" : null),
            ("period", (unit ?? periodUnit) == DatePrecision.Year ? "year" : null),
            ("sort", defaultOrder ? null : s),
            ("dir", defaultOrder ? null : d ? "desc" : "asc"),
            ("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
    }

    private string CompanyLink(RoundInUsd r) => Link(Request.Filter with { Organization = r.Round.Organization.Id });

    private string RegionLink(string region) => region.Length == 0 ? Link(Request.Filter) : Link(Request.Filter with { Regions = [region] });

    private string ScaleLink(bool logScale) => Link(Request.Filter, logScale: logScale);

    private string PeriodLink(DatePrecision unit) => Link(Request.Filter, unit: unit);

    private string SortLink(string key, bool desc) => Link(Request.Filter, order: (key, desc));

    private string PageLink(int page) => Link(Request.Filter, page: page);

    private string ApiLink(string? chart, params (string, string?)[] extra) =>
        Request.Link(chart is null ? "/api/funding-rounds" : $"/api/funding/{chart}", [("format", "csv"), .. extra]);
}
