using System.Globalization;
using AigcDashboard.Core.Filtering;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Controls;

public partial class FilterBar
{
    private static readonly HashSet<string> Known = ["region", "stage", "category", "from", "to", "q"];

    /// <summary>The page the form submits to (its own path).</summary>
    [Parameter, EditorRequired] public string Path { get; set; } = "/";

    /// <summary>The regions the data set holds, offered first; a chosen region outside them stays selectable.</summary>
    [Parameter] public IReadOnlyList<string> Regions { get; set; } = [];

    /// <summary>A page's own fields, submitted with the filters.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    private IEnumerable<string> RegionOptions => Regions.Union(Request.Filter.Regions).Distinct();


    private FilterError? Error(string parameter) => Request.ErrorFor(parameter);

    private string ResetLink => Path + (Request.Filter.Lang is { } lang ? $"?lang={lang}" : "");

    private static string? DateValue(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
