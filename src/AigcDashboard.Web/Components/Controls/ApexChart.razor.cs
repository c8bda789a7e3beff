using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AigcDashboard.Web.Components.Layout;
using AigcDashboard.Web.Model;
using AigcDashboard.Web.Model.Charts;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace AigcDashboard.Web.Components.Controls;

/// <summary>A click on a chart's point: its series and its index in the series.</summary>
public readonly record struct ChartPoint(int Series, int Point);

public partial class ApexChart : IAsyncDisposable
{
    [Parameter, EditorRequired] public string Id { get; set; } = "";
    [Parameter, EditorRequired] public string Title { get; set; } = "";
    [Parameter, EditorRequired] public FundingChart Chart { get; set; } = default!;
    [Parameter] public RenderFragment? Actions { get; set; }
    [Parameter] public string? CsvHref { get; set; }
    [Parameter] public EventCallback<ChartPoint> OnPointClick { get; set; }

    [Inject] private IJSRuntime JS { get; set; } = default!;

    private ElementReference element;
    private IJSObjectReference? module;
    private IJSObjectReference? chart;
    private DotNetObjectReference<ApexChart>? self;
    /// <summary>What the chart in the page was last given: new options replace it in place.</summary>
    private (FundingChart Chart, bool Dark)? drawnFrom;
    /// <summary>A digest of the options and behaviour last drawn: a view computed again with the
    /// same data (the other charts' period or scale changed) is not drawn again.</summary>
    private byte[]? drawnDigest;
    private bool drawn, disposed;

    private string CanvasStyle => Chart.Options.Chart.Height.EndsWith('%') ? "" : $"min-height:{Chart.Options.Chart.Height}px";

    protected override void OnInitialized() => Ui.Changed += OnThemeChanged;

    private void OnThemeChanged() => InvokeAsync(StateHasChanged);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        var wanted = (Chart, Ui.IsDark);
        if (Chart.IsEmpty)
        {
            await DestroyAsync();
            return;
        }
        if (drawnFrom == wanted) return;
        drawnFrom = wanted;
        var options = OptionsFor(Chart.Options, Ui.IsDark).ToJson();
        var digest = Digest(options, Chart.Behaviour);
        if (chart is not null && drawnDigest is not null && digest.AsSpan().SequenceEqual(drawnDigest)) return;
        drawnDigest = digest;
        if (chart is null)
        {
            module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./" + Assets["Components/Controls/ApexChart.razor.js"]);
            self ??= DotNetObjectReference.Create(this);
            chart = await module.InvokeAsync<IJSObjectReference>("create", element, options, Chart.Behaviour, self,
                "/" + Assets["lib/apexcharts/apexcharts.esm.js"]);
            if (disposed)
            {
                // The reader moved on while the chart was being drawn.
                await DestroyAsync();
                return;
            }
            drawn = true;
            StateHasChanged();
        }
        else
        {
            await module!.InvokeVoidAsync("update", chart, options, Chart.Behaviour);
        }
    }

    private static byte[] Digest(JsonElement options, ChartBehaviour behaviour) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(options.GetRawText() + "|" + behaviour));

    /// <summary>The chart's options as drawn: the reader's palette and the menu in the reader's language.</summary>
    internal ApexOptions OptionsFor(ApexOptions options, bool dark) => options with
    {
        Theme = new ApexTheme(dark ? "dark" : "light"),
        Chart = options.Chart with
        {
            ForeColor = DashboardTheme.ChartText(dark),
            Locales = [new ApexLocale("ui", new ApexLocaleOptions(new ApexLocaleToolbar(L["Chart.Svg"], L["Chart.Png"], L["Chart.Csv"], L["Chart.Menu"])))],
            DefaultLocale = "ui",
        },
    };

    [JSInvokable]
    public Task PointClicked(int series, int point) => OnPointClick.InvokeAsync(new ChartPoint(series, point));

    private async Task DestroyAsync()
    {
        if (chart is null) return;
        var drawnChart = chart;
        await JsCleanup.QuietlyAsync(async () => { await module!.InvokeVoidAsync("destroy", drawnChart); await drawnChart.DisposeAsync(); });
        (chart, drawnFrom, drawnDigest, drawn) = (null, null, null, false);
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        Ui.Changed -= OnThemeChanged;
        await DestroyAsync();
        if (module is not null) await JsCleanup.QuietlyAsync(module.DisposeAsync);
        self?.Dispose();
    }
}
