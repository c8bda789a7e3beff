using System.Globalization;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Timeline;
using AigcDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Controls;

public partial class TimelineChart
{
    public const double Width = 1200;
    public const double Gutter = 196;
    public const double PlotWidth = Width - Gutter - 16;
    private const int BandHeight = 22;
    private const int AxisHeight = 46;
    private const int LaneHeight = 56;
    private const int TrackHeight = 22;
    private const int TooltipMembers = 6;

    [Parameter, EditorRequired] public IReadOnlyList<TimelineLane> Lanes { get; set; } = [];
    [Parameter, EditorRequired] public TimelineWindow Window { get; set; } = default!;
    [Parameter] public IReadOnlyList<string> Selected { get; set; } = [];
    [Parameter, EditorRequired] public Func<TimelineItem, string> ItemHref { get; set; } = default!;
    [Parameter, EditorRequired] public Func<PartialDate?, string> ZoomHref { get; set; } = default!;

    private double Height => AxisHeight + Lanes.Count * LaneHeight;

    private static int TrackY(int row) => 17 + row * TrackHeight;

    private double X(DateOnly d) => Gutter + Window.Fraction(d) * PlotWidth;

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private string BandLabel(PartialDate p) => p.Precision switch
    {
        DatePrecision.Year => Request.IsZh ? $"{p.Start.Year}年" : p.Start.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Quarter => Request.IsZh ? $"第{(p.Start.Month - 1) / 3 + 1}季度" : $"Q{(p.Start.Month - 1) / 3 + 1}",
        _ => Request.IsZh ? $"{p.Start.Month}月" : p.Start.ToString("MMM", CultureInfo.InvariantCulture),
    };

    /// <summary>Ticks get labels only where the zoom bands do not already name them.</summary>
    private bool TickLabelled(DatePrecision unit) => unit switch
    {
        DatePrecision.Year => false,
        DatePrecision.Month => Window.Period?.Precision == DatePrecision.Year,
        _ => true,
    };

    private string TickLabel(DateOnly d, DatePrecision unit) => unit == DatePrecision.Day
        ? (Request.IsZh ? $"{d.Day}日" : d.Day.ToString(CultureInfo.InvariantCulture))
        : (Request.IsZh ? $"{d.Month}月" : d.ToString("MMM", CultureInfo.InvariantCulture));

    private static string MarkId(TimelineItem item) =>
        item.Events.Count > 0 ? "m-" + item.Events[0].Id : $"m-{item.Lane}-{item.First.Start:yyyyMMdd}-{item.Row}";

    private string ItemClass(TimelineItem item) => string.Join(' ', new[]
    {
        "mark", item.IsCluster ? "cluster" : "single", item.IsExact ? "exact" : null, item.Highlight ? "highlight" : null,
        item.Events.Any(e => Selected.Contains(e.Id)) ? "selected" : null,
    }.OfType<string>());

    private string AriaLabel(TimelineItem item) => item.IsCluster
        ? L["Timeline.ClusterAria", item.Count, Formats.Date(item.First, Request.Lang), Formats.Date(item.Last, Request.Lang)]
        : $"{Formats.Date(item.First, Request.Lang)}: {Request.Pick(item.Single!.TitleZh, item.Single.TitleEn)}";

    /// <summary>A few members by date and title (the page must stay light with thousands of
    /// events: the rest are a click away); in a window too dense to list, the cluster's count and
    /// extent first, then its highlighted members.</summary>
    private string Tooltip(TimelineItem item) => string.Join("\n",
        (item.Events.Count < item.Count ? [AriaLabel(item)] : Array.Empty<string>())
            .Concat(item.Events.Take(TooltipMembers).Select(e => $"{Formats.Date(e.When, Request.Lang)}  {Request.Pick(e.TitleZh, e.TitleEn)}"))
            .Concat(item.Events.Count > TooltipMembers ? ["…"] : []));
}
