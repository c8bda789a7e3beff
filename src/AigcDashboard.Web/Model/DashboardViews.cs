using System.Globalization;
using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Funding;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using AigcDashboard.Core.Timeline;
using AigcDashboard.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace AigcDashboard.Web.Model;

/// <summary>
/// Every view model the pages show, each computed from the database (<see cref="DashboardQueries"/>)
/// for one address and kept in the shared <see cref="ViewCache"/>: many circuits showing the same
/// view share one copy, and a change of data empties the cache. With several instances on one
/// database (Cache:CheckDataVersion), the key also holds the data version, so an edit made
/// through another instance is seen at once.
/// </summary>
public sealed class DashboardViews(DashboardQueries queries, ViewCache cache, DataVersionReader versions, IOptions<CacheOptions> options, IOptions<DatabaseOptions> database)
{
    /// <summary>Up to this many events in a window are laid out one by one; beyond it the database
    /// counts them per lane and period, so a zoomed-out view of a large data set stays cheap.</summary>
    public const int TimelineDetailLimit = 500;
    public const int EventPageSize = 25, MetricPageSize = 20, RoundPageSize = 20;
    public static readonly IReadOnlyList<string> MarketKinds = ["investment-total", "company-count", "market-size", "valuation"];
    /// <summary>The funding charts show the largest rounds; the table pages through all of them.</summary>
    public const int ChartRounds = 25, ChartPoints = 60;

    private readonly bool checkVersion = options.Value.ChecksDataVersion(database.Value);

    private async Task<T> Get<T>(string key, Func<CancellationToken, Task<T>> compute, CancellationToken ct) where T : class, ISizedView
    {
        if (checkVersion) key = (await versions.ReadAsync(ct)).ToString(CultureInfo.InvariantCulture) + "|" + key;
        return await cache.GetAsync(key, compute, ct);
    }

    private static string Key(DashboardFilter f) => f.ToQueryString(includeLang: false);

    public Task<ReferenceView> ReferenceAsync(CancellationToken ct) =>
        Get("reference", async c => new ReferenceView(await queries.RegionsAsync(c),
            (await queries.SourceListAsync(c)).Select(s => new SourceLabel(s.Id, s.TitleZh, s.TitleEn, s.PublisherZh, s.PublisherEn, s.Published)).ToList()), ct);

    public Task<OrganizationView> OrganizationAsync(string id, CancellationToken ct) =>
        Get("org|" + id, async c => new OrganizationView(await queries.OrganizationAsync(id, c)), ct);

    public Task<OverviewView> OverviewAsync(DashboardFilter f, CancellationToken ct) =>
        Get("overview|" + Key(f), async c => new OverviewView(await queries.OverviewAsync(f, c)), ct);

    public Task<TablePage<MetricGridRow>> MetricsPageAsync(DashboardFilter f, TableQuery table, string lang, CancellationToken ct) =>
        Get($"metrics|{Key(f)}|{table}|{lang}", async c =>
        {
            var (rows, total) = await queries.MetricsPageAsync(f, table.Sort, table.Descending, lang == Localization.Chinese,
                table.Offset(MetricPageSize), MetricPageSize, c);
            return new TablePage<MetricGridRow>(rows.Select(m => MetricGridRow.Of(m, lang)).ToList(), total);
        }, ct);

    /// <summary>The timeline's window for ?at= (the whole range without it) and its lanes laid out in one language.</summary>
    public Task<TimelineView> TimelineAsync(DashboardFilter f, PartialDate? at, string lang, CancellationToken ct) =>
        Get($"timeline|{Key(f)}|{at}|{lang}", async c =>
        {
            var range = await queries.EventRangeAsync(f, c);
            var window = TimelineWindow.For(at, range, f.From, f.To);
            var entries = range is null ? [] : await queries.TimelineEntriesAsync(f, window, TimelineDetailLimit, c);
            string Title(EventRow e) => lang == Localization.English ? e.TitleEn : e.TitleZh;
            string Cluster(int count, EventRow? highlighted) => highlighted is null
                ? UiText.Get(lang, "Timeline.ClusterCount", count)
                : UiText.Get(lang, "Timeline.ClusterWith", Title(highlighted), count - 1);
            var lanes = TimelineLayout.Build(entries, window, TimelineGeometry.PlotWidth, Title, Cluster);
            return new TimelineView(window, lanes, range is null, entries.Where(e => window.Overlaps(e.When)).Sum(e => e.Count));
        }, ct);

    /// <summary>A page of the events of a timeline window, in the table's order.</summary>
    public Task<TablePage<EventGridRow>> EventsPageAsync(DashboardFilter f, TimelineWindow window, TableQuery table, string lang, CancellationToken ct) =>
        Get($"events|{Key(f)}|{window.Period}|{window.Start}|{table}|{lang}", async c =>
        {
            var (rows, total) = await queries.EventsInWindowPageAsync(f, window, table.Sort, table.Descending, lang == Localization.Chinese,
                table.Offset(EventPageSize), EventPageSize, c);
            return new TablePage<EventGridRow>(rows.Select(e => EventGridRow.Of(e, lang)).ToList(), total);
        }, ct);

    public Task<EventView> EventAsync(string id, CancellationToken ct) =>
        Get("event|" + id, async c => new EventView(await queries.EventDetailAsync(id, ct: c)), ct);

    public Task<TablePage<EventRow>> EventsByIdAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        Get("events-by-id|" + string.Join(',', ids), async c => { var rows = await queries.EventsByIdAsync(ids, c); return new TablePage<EventRow>(rows, rows.Count); }, ct);

    /// <summary>Every round the filter leaves, in US dollars: what the charts and the table's order are computed from.</summary>
    private Task<RoundsView> RoundsAsync(DashboardFilter f, CancellationToken ct) =>
        Get("rounds|" + Key(f), async c =>
        {
            var converter = new CurrencyConverter(await queries.FxRatesAsync(c));
            return new RoundsView(FundingAggregates.InUsd(await queries.FundingRoundFiguresAsync(f, c), converter), converter);
        }, ct);

    public Task<FundingView> FundingAsync(DashboardFilter f, bool log, DatePrecision period, string lang, CancellationToken ct) =>
        Get($"funding|{Key(f)}|{log}|{period}|{lang}", async c =>
        {
            var rounds = (await RoundsAsync(f, c)).Rounds;
            var byAmount = FundingAggregates.ByAmount(rounds).Take(ChartRounds).ToList();
            var valued = FundingAggregates.WithValuation(rounds).OrderByDescending(r => r.Valuation!.Usd).Take(ChartPoints).OrderBy(r => r.Amount!.Usd).ToList();
            var periods = FundingAggregates.ByPeriod(rounds, period, FundingAggregates.MaxRegionSeries);
            var market = (await queries.MetricsAsync(f, c)).Where(m => MarketKinds.Contains(m.Kind))
                .OrderBy(m => MarketKinds.ToList().IndexOf(m.Kind)).ThenByDescending(m => m.When?.Start).ToList();
            return new FundingView(rounds.Count,
                FundingCharts.RoundsByCompany(byAmount, lang, log),
                FundingCharts.OverTime(periods, lang),
                FundingCharts.Valuations(valued, lang, log),
                period == DatePrecision.Quarter && periods.Unit == DatePrecision.Year, market);
        }, ct);

    /// <summary>The charts of the funding slide: the largest rounds and the quarters, filling the screen.</summary>
    public Task<FundingSlideView> FundingSlideAsync(DashboardFilter f, string lang, CancellationToken ct) =>
        Get($"funding-slide|{Key(f)}|{lang}", async c =>
        {
            var rounds = (await RoundsAsync(f, c)).Rounds;
            var periods = FundingAggregates.ByPeriod(rounds, DatePrecision.Quarter, FundingAggregates.MaxRegionSeries);
            return new FundingSlideView(
                FundingCharts.RoundsByCompany(FundingAggregates.ByAmount(rounds).Take(ChartRounds).ToList(), lang, false, onSlide: true),
                FundingCharts.OverTime(periods, lang, onSlide: true), periods.Unit == DatePrecision.Year);
        }, ct);

    /// <summary>A page of the rounds in full, in the table's order. The order is by US dollars, which
    /// only the app computes (amounts in other currencies are converted at the year's rate), so it
    /// is taken from the cached rounds; the page's rows are then read by id.</summary>
    public Task<RoundsPage> RoundsPageAsync(DashboardFilter f, TableQuery table, string lang, CancellationToken ct) =>
        Get($"rounds-page|{Key(f)}|{table}|{lang}", async c =>
        {
            var all = await RoundsAsync(f, c);
            var ids = RoundOrder(all.Rounds, table, lang).Skip(table.Offset(RoundPageSize)).Take(RoundPageSize).Select(r => r.Round.Id).ToList();
            var rows = FundingAggregates.InUsd(await queries.FundingRoundsByIdAsync(ids, c), all.Converter);
            return new RoundsPage(new TablePage<RoundGridRow>(rows.Select(r => RoundGridRow.Of(r, lang)).ToList(), all.Rounds.Count),
                rows.SelectMany(r => new[] { r.Amount?.Rate, r.Valuation?.Rate }).OfType<FxRate>().Distinct().ToList());
        }, ct);

    public static readonly IReadOnlyList<string> RoundSortKeys = ["company", "date", "amount", "valuation", "region"];

    private static IEnumerable<RoundInUsd> RoundOrder(IEnumerable<RoundInUsd> rounds, TableQuery table, string lang)
    {
        IOrderedEnumerable<RoundInUsd> Order<T>(Func<RoundInUsd, T> key, IComparer<T> comparer) =>
            table.Descending ? rounds.OrderByDescending(key, comparer) : rounds.OrderBy(key, comparer);
        var ordered = table.Sort switch
        {
            "company" => Order(r => lang == Localization.English ? r.Round.Organization.NameEn : r.Round.Organization.NameZh, StringComparer.Create(UiText.Culture(lang), false)),
            "date" => Order(r => r.Round.When.Start, Comparer<DateOnly>.Default),
            "valuation" => Order(r => r.Valuation?.Usd ?? -1, Comparer<double>.Default),
            "region" => Order(r => r.Round.Organization.Region ?? "", StringComparer.Ordinal),
            _ => Order(r => r.Amount?.Usd ?? -1, Comparer<double>.Default),
        };
        return ordered.ThenBy(r => r.Round.Id, StringComparer.Ordinal);
    }

    public Task<StagesView> StagesAsync(DashboardFilter f, string axis, CancellationToken ct) =>
        Get($"stages|{Key(f)}|{axis}", async c => StagesView.Of((await MatrixAsync(f, axis, c)).Matrix, await queries.FrameworkAsync(c)), ct);

    /// <summary>One cell's placements, with their evidence ("stage.column").</summary>
    public Task<CellView> CellAsync(DashboardFilter f, string axis, string cell, CancellationToken ct) =>
        Get($"cell|{Key(f)}|{axis}|{cell}", async c =>
            new CellView((await MatrixAsync(f, axis, c)).Matrix.Cells.FirstOrDefault(x => $"{x.Stage}.{x.Column}" == cell)), ct);

    private Task<MatrixView> MatrixAsync(DashboardFilter f, string axis, CancellationToken ct) =>
        Get($"matrix|{Key(f)}|{axis}", async c => new MatrixView(StageMatrix.Pivot(axis, await queries.PlacementsAsync(f, c), await queries.FrameworkAsync(c))), ct);

    /// <summary>The whole pivot, placements and all: what the page's view and each cell's are made from.</summary>
    private sealed record MatrixView(MatrixResult Matrix) : ISizedView
    {
        public int Size => 2 + Matrix.Cells.Sum(c => c.Count);
    }

    public Task<SourcesView> SourcesAsync(DashboardFilter f, CancellationToken ct) =>
        Get("sources|" + Key(f), async c => new SourcesView(await queries.SourcesAsync(f, c)), ct);

    /// <summary>Every filtered round in US dollars, with the rates used (the charts and the table's order are computed from it).</summary>
    private sealed record RoundsView(IReadOnlyList<RoundInUsd> Rounds, CurrencyConverter Converter) : ISizedView
    {
        public int Size => 1 + Rounds.Count / 8;
    }
}

/// <summary>A page of the rounds table, and the exchange rates its rows used.</summary>
public sealed record RoundsPage(TablePage<RoundGridRow> Page, IReadOnlyList<FxRate> Rates) : ISizedView
{
    public int Size => 1 + Page.Size;
}

/// <summary>The timeline chart's drawing area, in SVG units: the view model lays its marks out for this width.</summary>
public static class TimelineGeometry
{
    public const double Width = 1200;
    public const double Gutter = 196;
    public const double PlotWidth = Width - Gutter - 16;
}
