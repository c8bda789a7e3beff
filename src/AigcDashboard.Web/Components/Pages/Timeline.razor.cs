using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using AigcDashboard.Core.Timeline;
using AigcDashboard.Web.Components.Controls;
using AigcDashboard.Web.Infrastructure;

namespace AigcDashboard.Web.Components.Pages;

/// <summary>
/// /timeline: the events on swim lanes over a zoomable window, a detail panel for the chosen
/// event and the same events as a sortable table. Its own parameters, besides the filters:
/// at (year, quarter or month shown), event (chosen event id, or several for a cluster),
/// sort (date | title | lane | category | region) and dir (asc | desc).
/// </summary>
public partial class Timeline
{
    private const string DefaultSort = "date";
    private const int MaxSelected = 50;
    /// <summary>Rows of the event table per page: the chart shows every event, the table a page of them.</summary>
    public const int PageSize = 100;
    private static readonly (DatePrecision, string)[] ZoomLevels =
        [(DatePrecision.Year, "Year"), (DatePrecision.Quarter, "Quarter"), (DatePrecision.Month, "Month")];

    private PartialDate? at;
    private IReadOnlyList<string> selectedIds = [];
    private string sort = DefaultSort;
    private bool descending;
    private int pageNumber = 1;

    private TimelineData chart = default!;
    private TimelineWindow window = default!;
    private int inView;
    private IReadOnlyList<EventRow> tableRows = [];
    private IReadOnlyList<EventRow> selectedEvents = [];
    private EventDetail? detail;
    private bool missingSelection;

    protected override void ValidateParameters()
    {
        var atText = Request.Value("at");
        if (!TimelineWindow.TryParseAt(atText, out at))
            Request.Reject(new FilterError("at", atText!, "Use a year (2022), a quarter (2022-Q3) or a month (2022-08).", FilterError.Zoom));

        var ev = Request.Value("event");
        if (ev is not null)
        {
            var ids = ev.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
            if (ids.Count == 0 || ids.Count > MaxSelected || !ids.All(Core.Editing.EventInput.IdPattern().IsMatch))
                Request.Reject(new FilterError("event", ev, "Not an event id (or more than 50)."));
            else selectedIds = ids;
        }

        var sortText = Request.Value("sort");
        if (sortText is not null && !EventTable.SortKeys.Contains(sortText))
            Request.Reject(new FilterError("sort", sortText, $"Sort by one of: {string.Join(", ", EventTable.SortKeys)}."));
        else sort = sortText ?? DefaultSort;

        var dir = Request.Value("dir");
        if (dir is not null and not ("asc" or "desc")) Request.Reject(new FilterError("dir", dir, "Use asc or desc."));
        descending = dir == "desc";

        pageNumber = PageParameter();
    }

    protected override async Task LoadAsync()
    {
        // The chart needs only dates, lanes and titles (or counts, when there are many); the table, a page in full.
        chart = await TimelineData.LoadAsync(Queries, Request.Filter, at, EventTitle, ClusterTitle);
        window = chart.Window;
        (tableRows, inView) = await Queries.EventsInWindowPageAsync(Request.Filter, window, sort, descending, Request.IsZh,
            (pageNumber - 1) * PageSize, PageSize);

        if (selectedIds.Count == 1)
        {
            detail = await Queries.EventDetailAsync(selectedIds[0]);
            selectedEvents = detail is null ? [] : [detail.Event];
        }
        else if (selectedIds.Count > 1)
        {
            selectedEvents = await Queries.EventsByIdAsync(selectedIds);
        }
        missingSelection = selectedIds.Count > 0 && selectedEvents.Count == 0;
    }

    /// <summary>The period of a precision around which the Year / Quarter / Month buttons zoom:
    /// the chosen event, else the middle of the view.</summary>
    private PartialDate PeriodAround(DatePrecision precision)
    {
        var anchor = selectedEvents.Count > 0 ? selectedEvents[0].When.Start : window.Start.AddDays(window.Days / 2);
        return precision switch
        {
            DatePrecision.Year => new PartialDate(new DateOnly(anchor.Year, 1, 1), DatePrecision.Year),
            DatePrecision.Quarter => new PartialDate(new DateOnly(anchor.Year, (anchor.Month - 1) / 3 * 3 + 1, 1), DatePrecision.Quarter),
            _ => new PartialDate(new DateOnly(anchor.Year, anchor.Month, 1), DatePrecision.Month),
        };
    }

    private static string? Disabled(bool disabled) => disabled ? "disabled" : null;

    private string Link(PartialDate? atValue, IReadOnlyList<string> selection, string sortKey, bool desc, int page = 1) =>
        Request.Link("/timeline",
            ("at", atValue?.ToString()),
            ("event", selection.Count == 0 ? null : string.Join(',', selection)),
            ("sort", sortKey == DefaultSort && !desc ? null : sortKey),
            ("dir", sortKey == DefaultSort && !desc ? null : desc ? "desc" : "asc"),
            ("page", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private string PageLink(int page) => Link(at, selectedIds, sort, descending, page);

    private int PageCount => Math.Max(1, (inView + PageSize - 1) / PageSize);

    private string AtLink(PartialDate? period) => Link(period, selectedIds, sort, descending);

    // Out of a year the whole range; the whole range has nothing coarser (null is the whole range too).
    private string ZoomOutLink => AtLink(window.ZoomOutPeriod(out _));

    private string SelectLink(string? id) => Link(at, id is null ? [] : [id], sort, descending);

    private string SortLink(string key, bool desc) => Link(at, selectedIds, key, desc);

    /// <summary>A single event opens its detail; a cluster zooms in where it can, else lists its
    /// events beside the chart (or, when they are too many for that, in the table below).</summary>
    private string ItemLink(TimelineItem item) =>
        item.Single is { } single ? SelectLink(single.Id)
        : window.ZoomTarget(item) is { } child ? AtLink(child)
        : item.Events.Count == item.Count && item.Count <= MaxSelected ? Link(at, item.Events.Select(e => e.Id).ToList(), sort, descending)
        : Link(at, [], sort, descending) + "#h-events";
}
