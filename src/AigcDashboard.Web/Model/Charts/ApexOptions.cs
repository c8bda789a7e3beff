using System.Text.Json;
using System.Text.Json.Serialization;

namespace AigcDashboard.Web.Model.Charts;

// The part of ApexCharts' options (https://apexcharts.com/docs/options/) the dashboard uses, as
// immutable records: serialised as they are (camelCase, nulls left out), nothing added or taken
// away on the way. What ApexCharts cannot take as data (formatters, the click handler) is
// ChartBehaviour, which the chart module turns into functions.

public sealed record ApexOptions
{
    public required ApexChartSettings Chart { get; init; }
    public required IReadOnlyList<ApexSeries> Series { get; init; }
    public IReadOnlyList<string>? Colors { get; init; }
    public ApexXAxis? Xaxis { get; init; }
    public ApexYAxis? Yaxis { get; init; }
    public ApexPlotOptions? PlotOptions { get; init; }
    public ApexDataLabels? DataLabels { get; init; }
    public ApexLegend? Legend { get; init; }
    public ApexMarkers? Markers { get; init; }
    public ApexTheme? Theme { get; init; }
    public ApexGrid? Grid { get; init; }

    /// <summary>How options travel to the chart module: as ApexCharts names them, without nulls
    /// (ApexCharts reads a null as a value, not as "not set").</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public JsonElement ToJson() => JsonSerializer.SerializeToElement(this, Json);
}

[JsonConverter(typeof(JsonStringEnumConverter<ApexChartType>))]
public enum ApexChartType
{
    [JsonStringEnumMemberName("bar")] Bar,
    [JsonStringEnumMemberName("scatter")] Scatter,
}

public sealed record ApexChartSettings
{
    public required ApexChartType Type { get; init; }
    /// <summary>Pixels, or "100%" to fill the container (the slides).</summary>
    public required string Height { get; init; }
    public bool Stacked { get; init; }
    public string FontFamily { get; init; } = "inherit";
    public string Background { get; init; } = "transparent";
    public string? ForeColor { get; init; }
    public bool RedrawOnParentResize { get; init; } = true;
    public bool RedrawOnWindowResize { get; init; } = true;
    public ApexToolbar Toolbar { get; init; } = new();
    public ApexAnimations Animations { get; init; } = new();
    /// <summary>The menu's words in the reader's language (the chart component sets them).</summary>
    public IReadOnlyList<ApexLocale>? Locales { get; init; }
    public string? DefaultLocale { get; init; }
}

public sealed record ApexLocale(string Name, ApexLocaleOptions Options);

public sealed record ApexLocaleOptions(ApexLocaleToolbar Toolbar);

public sealed record ApexLocaleToolbar(string ExportToSVG, string ExportToPNG, string ExportToCSV, string Menu);

/// <summary>The chart's menu: PNG and SVG downloads only (the CSV link sits beside the chart).</summary>
public sealed record ApexToolbar
{
    public bool Show { get; init; } = true;
    public ApexToolbarTools Tools { get; init; } = new();
}

public sealed record ApexToolbarTools
{
    public bool Download { get; init; } = true;
    public bool Selection { get; init; }
    public bool Zoom { get; init; }
    public bool Zoomin { get; init; }
    public bool Zoomout { get; init; }
    public bool Pan { get; init; }
    public bool Reset { get; init; }
}

public sealed record ApexAnimations
{
    public bool Enabled { get; init; }
}

public sealed record ApexSeries(string Name, IReadOnlyList<ApexPoint> Data);

/// <summary>
/// One data point: x is a category (bars) or a number (scatter). <see cref="Tooltip"/> and
/// <see cref="Label"/> are plain text the chart module shows (encoded) in the tooltip and in the
/// point's data label; ApexCharts keeps such members of a point for it.
/// </summary>
[JsonConverter(typeof(ApexPointConverter))]
public sealed record ApexPoint(string? Category, double? X, double? Y, string? Tooltip = null, string? Label = null)
{
    public static ApexPoint Bar(string category, double? y, string tooltip) => new(category, null, y, tooltip);
    public static ApexPoint Xy(double x, double y, string tooltip, string label) => new(null, x, y, tooltip, label);
}

public sealed record ApexXAxis
{
    /// <summary>Off: the hover label under the axis writes its text as HTML; the tooltip has it already.</summary>
    public ApexAxisTooltip Tooltip { get; init; } = new();
    /// <summary>"category" (the default), or "numeric" for scatter plots.</summary>
    public string? Type { get; init; }
    public ApexAxisLabels? Labels { get; init; }
    public int? TickAmount { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public ApexTitle? Title { get; init; }
}

public sealed record ApexYAxis
{
    public ApexAxisLabels? Labels { get; init; }
    public bool Logarithmic { get; init; }
    public bool ForceNiceScale { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public ApexTitle? Title { get; init; }
}

public sealed record ApexAxisTooltip
{
    public bool Enabled { get; init; }
}

public sealed record ApexAxisLabels
{
    public int? Rotate { get; init; }
    public bool? Trim { get; init; }
    public bool? HideOverlappingLabels { get; init; }
    public ApexTextStyle? Style { get; init; }
}

/// <summary>A CSS font size ("0.8rem"): ApexCharts measures its labels at it, so they fit.</summary>
public sealed record ApexTextStyle(string FontSize);

public sealed record ApexTitle(string Text, ApexTextStyle? Style = null);

public sealed record ApexPlotOptions(ApexBarOptions Bar);

public sealed record ApexBarOptions(string ColumnWidth);

public sealed record ApexDataLabels
{
    public bool Enabled { get; init; }
    public int? OffsetY { get; init; }
}

public sealed record ApexLegend
{
    public bool Show { get; init; }
    public string? Position { get; init; }
    /// <summary>"left": clear of the chart's menu, top right, which a long legend ran under.</summary>
    public string? HorizontalAlign { get; init; }
}

public sealed record ApexMarkers(int Size);

public sealed record ApexTheme(string Mode);

public sealed record ApexGrid(string BorderColor);

/// <summary>What the chart module adds as functions: how values are written on the axes and in
/// tooltips (US dollars in the reader's language: 1.2亿美元 or $120M), and which axes carry them.</summary>
public sealed record ChartBehaviour(string Lang, ValueAxes ValueAxes);

[JsonConverter(typeof(JsonStringEnumConverter<ValueAxes>))]
public enum ValueAxes { None, Y, XY }

/// <summary>Writes a point as ApexCharts reads it: {"x": "Runway" or 12.5, "y": …, "tooltip": …, "label": …}.</summary>
public sealed class ApexPointConverter : JsonConverter<ApexPoint>
{
    public override ApexPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var point = JsonDocument.ParseValue(ref reader);
        var o = point.RootElement;
        string? Text(string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        double? Number(string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
        return new ApexPoint(Text("x"), Number("x"), Number("y"), Text("tooltip"), Text("label"));
    }

    public override void Write(Utf8JsonWriter writer, ApexPoint value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Category is not null) writer.WriteString("x", value.Category);
        else if (value.X is { } x) writer.WriteNumber("x", x);
        if (value.Y is { } y) writer.WriteNumber("y", y); else writer.WriteNull("y");
        if (value.Tooltip is not null) writer.WriteString("tooltip", value.Tooltip);
        if (value.Label is not null) writer.WriteString("label", value.Label);
        writer.WriteEndObject();
    }
}
