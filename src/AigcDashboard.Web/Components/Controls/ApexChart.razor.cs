using System.Text.Json;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Controls;

public partial class ApexChart
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        // Chinese as itself, not \uXXXX: a third of the bytes (HTML-sensitive characters are still escaped).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    [Parameter, EditorRequired] public string Id { get; set; } = "";
    [Parameter, EditorRequired] public string Title { get; set; } = "";
    /// <summary>The ApexCharts options (serialised as they are), plus a "dashboard" member the module
    /// reads: language, value kind, per-point tooltips and links.</summary>
    [Parameter, EditorRequired] public object Options { get; set; } = default!;
    [Parameter] public bool IsEmpty { get; set; }
    [Parameter] public RenderFragment? DataTable { get; set; }
    [Parameter] public RenderFragment? Actions { get; set; }
    [Parameter] public string? CsvHref { get; set; }

    internal string OptionsJson => JsonSerializer.Serialize(Options, Json);

}
