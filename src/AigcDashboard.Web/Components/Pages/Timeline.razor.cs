using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using AigcDashboard.Core.Timeline;
using AigcDashboard.Web.Components.Controls;
using AigcDashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AigcDashboard.Web.Components.Pages;

/// <summary>
/// /timeline: the events on swim lanes over a zoomable window, the chosen event's detail and the
/// same events as a sortable table. Its own parameters, besides the filters: at (the year,
/// quarter or month shown), event (the chosen event's id, or several of a cluster), and the
/// table's sort (date | title | lane | category | region), dir (asc | desc) and page.
/// </summary>
public partial class Timeline
{
    private const int MaxSelected = 50;
    private static readonly (DatePrecision, string)[] ZoomLevels =
        [(DatePrecision.Year, "Year"), (DatePrecision.Quarter, "Quarter"), (DatePrecision.Month, "Month")];

    [SupplyParameterFromQuery(Name = "at")] public string[]? AtParameter { get; set; }
    [SupplyParameterFromQuery(Name = "event")] public string[]? EventParameter { get; set; }
    [SupplyParameterFromQuery(Name = "sort")] public string[]? SortParameter { get; set; }
    [SupplyParameterFromQuery(Name = "dir")] public string[]? DirParameter { get; set; }
    [SupplyParameterFromQuery(Name = "page")] public string[]? PageParameter { get; set; }

    [PersistentState] public TimelineView? View { get; set; }
    /// <summary>The one chosen event, or null.</summary>
    [PersistentState] public EventView? Chosen { get; set; }
    /// <summary>The events of a chosen cluster, or null.</summary>
    [PersistentState] public TablePage<EventRow>? ChosenList { get; set; }
    /// <summary>The table's page of events in the view.</summary>
    [PersistentState] public TablePage<EventGridRow>? Rows { get; set; }

    private PartialDate? at;
    private IReadOnlyList<string> selected = [];
    private TableQuery table = new("date", false, 1);

    protected override string Path => "/timeline";

    protected override bool HasCarriedView => View is not null && Rows is not null;

    protected override IReadOnlyList<(string, string?)> ReadParameters(Action<FilterError> reject)
    {
        var atText = Single(AtParameter);
        if (!TimelineWindow.TryParseAt(atText, out at))
            reject(new FilterError("at", atText!, "Use a year (2022), a quarter (2022-Q3) or a month (2022-08).", FilterError.Zoom));

        selected = [];
        if (Single(EventParameter) is { } ev)
        {
            var ids = ev.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
            if (ids.Count == 0 || ids.Count > MaxSelected || !ids.All(Core.Editing.EventInput.IdPattern().IsMatch))
                reject(new FilterError("event", ev, "Not an event id (or more than 50)."));
            else selected = ids;
        }

        var (sort, descending) = SortOrder(SortParameter, DirParameter, EventGridRow.SortKeys, "date", false, reject);
        table = new TableQuery(sort, descending, PageNumber(PageParameter, reject));
        // A change of filter keeps the zoom and the table's order (not its page, nor the choice).
        return [("at", at?.ToString()), .. TableLinks.Of(table with { Page = 1 }, "date", false)];
    }

    protected override async Task LoadAsync(ViewAddress address, CancellationToken ct)
    {
        View = await Views.TimelineAsync(address.Filter, at, Lang, ct);
        Chosen = selected.Count == 1 ? await Views.EventAsync(selected[0], ct) : null;
        ChosenList = selected.Count > 1 ? await Views.EventsByIdAsync(selected, ct) : null;
        Rows = await Views.EventsPageAsync(address.Filter, View.Window, table, Lang, ct);
    }

    /// <summary>The period of a precision the Year / Quarter / Month buttons zoom to: around the
    /// chosen event, else the middle of the view.</summary>
    private PartialDate PeriodAround(TimelineWindow window, DatePrecision precision)
    {
        var anchor = Chosen?.Detail?.Event.When.Start ?? window.Start.AddDays(window.Days / 2);
        return precision switch
        {
            DatePrecision.Year => new PartialDate(new DateOnly(anchor.Year, 1, 1), DatePrecision.Year),
            DatePrecision.Quarter => new PartialDate(new DateOnly(anchor.Year, (anchor.Month - 1) / 3 * 3 + 1, 1), DatePrecision.Quarter),
            _ => new PartialDate(new DateOnly(anchor.Year, anchor.Month, 1), DatePrecision.Month),
        };
    }

    private string Link(PartialDate? atValue, IReadOnlyList<string> selection, TableQuery query) =>
        Address.Link("/timeline",
            [("at", atValue?.ToString()), ("event", selection.Count == 0 ? null : string.Join(',', selection)), .. TableLinks.Of(query, "date", false)]);

    /// <summary>Another zoom or pan: the table starts again at its first page.</summary>
    private string AtLink(PartialDate? period) => Link(period, selected, table with { Page = 1 });

    private string SelectLink(string? id) => Link(at, id is null ? [] : [id], table);

    private string TableLink(TableQuery query) => Link(at, selected, query);

    /// <summary>A single event opens its detail; a cluster zooms in where it can, else lists its
    /// events (or, when they are too many for that, the table below shows them).</summary>
    private string ItemLink(TimelineItem item) =>
        item.Single is { } single ? SelectLink(single.Id)
        : View!.Window.ZoomTarget(item) is { } child ? AtLink(child)
        : item.Events.Count == item.Count && item.Count <= MaxSelected ? Link(at, item.Events.Select(e => e.Id).ToList(), table)
        : Link(at, [], table) + "#h-events";

    /// <summary>A step from the keyboard, the wheel, a pinch or a drag.</summary>
    private void Step((TimelineStep Step, bool Replace) request)
    {
        var window = View!.Window;
        PartialDate? target = request.Step switch
        {
            TimelineStep.Previous => window.Neighbour(-1),
            TimelineStep.Next => window.Neighbour(1),
            TimelineStep.ZoomIn => window.CentreChild(),
            TimelineStep.ZoomOut => window.ZoomOutPeriod(out _),
            _ => null,
        };
        // Nothing further that way: no neighbour of the whole range, nothing finer than a month, nothing coarser than everything.
        if (target is null && (request.Step is TimelineStep.Previous or TimelineStep.Next or TimelineStep.ZoomIn || window.IsWhole)) return;
        Go(AtLink(target), request.Replace);
    }

    /// <summary>Zooms into the period under the pointer (a fraction of the plot's width).</summary>
    private void ZoomAt(double fraction)
    {
        var window = View!.Window;
        var day = window.Start.AddDays((int)(fraction * window.Days));
        if (window.Children().Cast<PartialDate?>().FirstOrDefault(c => c!.Value.Start <= day && day <= c.Value.End) is { } child)
            Go(AtLink(child));
    }
}
