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
}
