using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Model;
using AigcDashboard.Web.Components.Controls;
using AigcDashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AigcDashboard.Web.Components.Pages;

/// <summary>
/// /funding: rounds by company, amounts over time by region, valuation against amount, the
/// market figures around them, and every round in a sortable table. Own parameters: scale
/// (linear | log), period (quarter | year), and the table's sort (company | date | amount |
/// valuation | region), dir and page. A click on a company (chart or table) narrows the global
/// filter to it (org=), a click on a region's bar to that region.
/// </summary>
public partial class Funding
{
    [SupplyParameterFromQuery(Name = "scale")] public string[]? ScaleParameter { get; set; }
    [SupplyParameterFromQuery(Name = "period")] public string[]? PeriodParameter { get; set; }
    [SupplyParameterFromQuery(Name = "sort")] public string[]? SortParameter { get; set; }
    [SupplyParameterFromQuery(Name = "dir")] public string[]? DirParameter { get; set; }
    [SupplyParameterFromQuery(Name = "page")] public string[]? PageParameter { get; set; }

    [PersistentState] public FundingView? View { get; set; }
    /// <summary>The table's page of rounds, and the exchange rates its amounts were converted at.</summary>
    [PersistentState] public RoundsPage? Rounds { get; set; }

    private bool log;
    private DatePrecision periodUnit = DatePrecision.Quarter;
    private TableQuery table = new("amount", true, 1);

    protected override string Path => "/funding";

    protected override bool HasCarriedView => View is not null && Rounds is not null;

    protected override IReadOnlyList<(string, string?)> ReadParameters(Action<FilterError> reject)
    {
        var scale = Single(ScaleParameter);
        if (scale is not null and not ("linear" or "log")) reject(new FilterError("scale", scale, "Use linear or log."));
        log = scale == "log";
        var period = Single(PeriodParameter);
        if (period is not null and not ("quarter" or "year")) reject(new FilterError("period", period, "Use quarter or year."));
        periodUnit = period == "year" ? DatePrecision.Year : DatePrecision.Quarter;
        var (sort, descending) = SortOrder(SortParameter, DirParameter, RoundGridRow.SortKeys, "amount", true, reject);
        table = new TableQuery(sort, descending, PageNumber(PageParameter, reject));
        return Own(log, periodUnit, table with { Page = 1 });
    }

    protected override async Task LoadAsync(ViewAddress address, CancellationToken ct)
    {
        View = await Views.FundingAsync(address.Filter, log, periodUnit, Lang, ct);
        Rounds = await Views.RoundsPageAsync(address.Filter, table, Lang, ct);
    }

    private static (string, string?)[] Own(bool logScale, DatePrecision unit, TableQuery query) =>
        [("scale", logScale ? "log" : null), ("period", unit == DatePrecision.Year ? "year" : null), .. TableLinks.Of(query, "amount", true)];

    private string Link(DashboardFilter filter, bool? logScale = null, DatePrecision? unit = null, TableQuery? query = null) =>
        Links.To("/funding", filter, Own(logScale ?? log, unit ?? periodUnit, query ?? table));

    private string ScaleLink(bool logScale) => Link(Address.Filter, logScale: logScale);

    private string PeriodLink(DatePrecision unit) => Link(Address.Filter, unit: unit);

    private string TableLink(TableQuery query) => Link(Address.Filter, query: query);

    /// <summary>Narrows the whole page to one organization; the table starts at its first page.</summary>
    private string OrganizationLink(string id) => Link(Address.Filter with { Organization = id }, query: table with { Page = 1 });

    private void ChooseOrganization(FundingChart chart, ChartPoint point)
    {
        if (chart.PointOrganizations.ElementAtOrDefault(point.Point) is { } id) Go(OrganizationLink(id));
    }

    private void ChooseRegion(FundingChart chart, ChartPoint point)
    {
        if (chart.SeriesRegions.ElementAtOrDefault(point.Series) is { } region)
            Go(Link(Address.Filter with { Regions = [region] }, query: table with { Page = 1 }));
    }

    private string ApiLink(string? chart, params (string, string?)[] extra) =>
        Links.To(chart is null ? "/api/funding-rounds" : $"/api/funding/{chart}", Address.Filter, [("format", "csv"), .. extra]);
}
