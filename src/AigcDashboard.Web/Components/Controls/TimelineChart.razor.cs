using System.Globalization;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Timeline;
using AigcDashboard.Web.Infrastructure;
using AigcDashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace AigcDashboard.Web.Components.Controls;

/// <summary>A step the reader asks of the timeline, by key, wheel, pinch or drag.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<TimelineStep>))]
public enum TimelineStep { Previous, Next, ZoomIn, ZoomOut, Whole }

public partial class TimelineChart : IAsyncDisposable
{
    private const double Width = TimelineGeometry.Width;
    private const double Gutter = TimelineGeometry.Gutter;
    private const double PlotWidth = TimelineGeometry.PlotWidth;
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
    /// <summary>A step asked by key, wheel or pinch (a new history entry), or by a drag (<c>replace</c>
    /// after its first step, so one drag is one entry).</summary>
    [Parameter] public EventCallback<(TimelineStep Step, bool Replace)> OnStep { get; set; }
    /// <summary>Zoom into the period under the pointer (Ctrl + wheel, pinch), given as a fraction of the plot's width.</summary>
    [Parameter] public EventCallback<double> OnZoomAt { get; set; }

    [Inject] private IJSRuntime JS { get; set; } = default!;

    private ElementReference element;
    private IJSObjectReference? module;
    private IJSObjectReference? handle;
    private DotNetObjectReference<TimelineChart>? self;
    private bool disposed;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        module = await JS.InvokeAsync<IJSObjectReference>("import", "./" + Assets["Components/Controls/TimelineChart.razor.js"]);
        if (disposed) return; // the reader moved on while the module loaded: DisposeAsync lets it go
        self = DotNetObjectReference.Create(this);
        handle = await module.InvokeAsync<IJSObjectReference>("attach", element, self,
            new { width = Width, gutter = Gutter, plotWidth = PlotWidth });
        if (disposed) { await JsCleanup.QuietlyAsync(DetachAsync); return; }
        StateHasChanged(); // data-gestures: the browser tests wait for it before a key or a drag
    }

    [JSInvokable]
    public Task Step(TimelineStep step, bool replace) => OnStep.InvokeAsync((step, replace));

    [JSInvokable]
    public Task ZoomAt(double fraction) => OnZoomAt.InvokeAsync(Math.Clamp(fraction, 0, 1));

    private double Height => AxisHeight + Lanes.Count * LaneHeight;

    private static int TrackY(int row) => 17 + row * TrackHeight;

    private double X(DateOnly d) => Gutter + Window.Fraction(d) * PlotWidth;

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private string BandLabel(PartialDate p) => p.Precision switch
    {
        DatePrecision.Year => Ui.IsZh ? $"{p.Start.Year}年" : p.Start.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Quarter => Ui.IsZh ? $"第{(p.Start.Month - 1) / 3 + 1}季度" : $"Q{(p.Start.Month - 1) / 3 + 1}",
        _ => Ui.IsZh ? $"{p.Start.Month}月" : p.Start.ToString("MMM", CultureInfo.InvariantCulture),
    };

    /// <summary>Ticks get labels only where the zoom bands do not already name them.</summary>
    private bool TickLabelled(DatePrecision unit) => unit switch
    {
        DatePrecision.Year => false,
        DatePrecision.Month => Window.Period?.Precision == DatePrecision.Year,
        _ => true,
    };

    private string TickLabel(DateOnly d, DatePrecision unit) => unit == DatePrecision.Day
        ? (Ui.IsZh ? $"{d.Day}日" : d.Day.ToString(CultureInfo.InvariantCulture))
        : (Ui.IsZh ? $"{d.Month}月" : d.ToString("MMM", CultureInfo.InvariantCulture));

    private static string MarkId(TimelineItem item) =>
        item.Events.Count > 0 ? "m-" + item.Events[0].Id : $"m-{item.Lane}-{item.First.Start:yyyyMMdd}-{item.Row}";

    private string ItemClass(TimelineItem item) => string.Join(' ', new[]
    {
        "mark", item.IsCluster ? "cluster" : "single", item.IsExact ? "exact" : null, item.Highlight ? "highlight" : null,
        item.Events.Any(e => Selected.Contains(e.Id)) ? "selected" : null,
    }.OfType<string>());

    private string AriaLabel(TimelineItem item) => item.IsCluster
        ? L["Timeline.ClusterAria", item.Count, Date(item.First), Date(item.Last)]
        : $"{Date(item.First)}: {Pick(item.Single!.TitleZh, item.Single.TitleEn)}";

    /// <summary>A few members by date and title (the page must stay light with thousands of
    /// events: the rest are a click away); in a window too dense to list, the cluster's count and
    /// extent first, then its highlighted members.</summary>
    private string Tooltip(TimelineItem item) => string.Join("\n",
        (item.Events.Count < item.Count ? [AriaLabel(item)] : Array.Empty<string>())
            .Concat(item.Events.Take(TooltipMembers).Select(e => $"{Date(e.When)}  {Pick(e.TitleZh, e.TitleEn)}"))
            .Concat(item.Events.Count > TooltipMembers ? ["…"] : []));

    private async ValueTask DetachAsync()
    {
        if (handle is null) return;
        var attached = handle;
        handle = null;
        await attached.InvokeVoidAsync("detach");
        await attached.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        await JsCleanup.QuietlyAsync(async () =>
        {
            await DetachAsync();
            if (module is not null) await module.DisposeAsync();
        });
        self?.Dispose();
    }
}
