using AigcDashboard.Core.Queries;
using AigcDashboard.Core.Timeline;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Controls;

public partial class EventTable
{
    public static readonly IReadOnlyList<string> SortKeys = ["date", "title", "lane", "category", "region"];

    [Parameter, EditorRequired] public IReadOnlyList<EventRow> Events { get; set; } = [];
    [Parameter] public string Sort { get; set; } = "date";
    [Parameter] public bool Descending { get; set; }
    [Parameter] public IReadOnlyList<string> Selected { get; set; } = [];
    /// <summary>The link that sorts by a key, ascending (false) or descending (true).</summary>
    [Parameter, EditorRequired] public Func<string, bool, string> SortHref { get; set; } = default!;
    [Parameter, EditorRequired] public Func<EventRow, string> SelectHref { get; set; } = default!;

    /// <summary>Events in the order of a sort key (ties by date, then id); titles sort in the shown language.</summary>
    public static IReadOnlyList<EventRow> Sorted(IEnumerable<EventRow> events, string key, bool descending, Func<string, string, string> pick)
    {
        Func<EventRow, string> by = key switch
        {
            "title" => e => pick(e.TitleZh, e.TitleEn),
            "lane" => e => Lanes.All.ToList().IndexOf(Lanes.Of(e)).ToString("D2"),
            "category" => e => e.Category,
            "region" => e => e.Region ?? "",
            _ => _ => "",
        };
        var ordered = descending
            ? events.OrderByDescending(by, StringComparer.Ordinal).ThenByDescending(e => e.When.Start)
            : events.OrderBy(by, StringComparer.Ordinal).ThenBy(e => e.When.Start);
        return ordered.ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

}
