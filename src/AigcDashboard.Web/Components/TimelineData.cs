using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using AigcDashboard.Core.Timeline;
using AigcDashboard.Web.Components.Controls;

namespace AigcDashboard.Web.Components;

/// <summary>What a timeline chart shows for a filter and a period: the window and its lanes laid
/// out. One loader for the timeline page and its slide.</summary>
public sealed record TimelineData(TimelineWindow Window, IReadOnlyList<TimelineLane> Lanes, bool Empty)
{
    /// <summary>Up to this many events in a window are laid out one by one; beyond it the database
    /// counts them per lane and period, so a zoomed-out view of a large data set stays cheap.</summary>
    public const int DetailLimit = 500;

    public static async Task<TimelineData> LoadAsync(DashboardQueries queries, DashboardFilter filter, PartialDate? at,
        Func<EventRow, string> label, Func<int, EventRow?, string> clusterLabel, CancellationToken ct = default)
    {
        var range = await queries.EventRangeAsync(filter, ct);
        var window = TimelineWindow.For(at, range, filter.From, filter.To);
        var entries = range is null ? [] : await queries.TimelineEntriesAsync(filter, window, DetailLimit, ct);
        return new(window, TimelineLayout.Build(entries, window, TimelineChart.PlotWidth, label, clusterLabel), range is null);
    }
}
