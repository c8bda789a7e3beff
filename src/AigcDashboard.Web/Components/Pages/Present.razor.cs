using System.Text.RegularExpressions;
using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using AigcDashboard.Core.Timeline;
using AigcDashboard.Web.Components.Controls;
using AigcDashboard.Web.Infrastructure;
using AigcDashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace AigcDashboard.Web.Components.Pages;

/// <summary>
/// /present/{slide}: the dashboard's views as full-screen slides for a meeting, keeping the
/// filters. ?slides= chooses and orders them (overview, timeline, funding, stages, sources, and
/// event.&lt;id&gt; for an event's detail); ?auto= advances every so many seconds, looping. Every
/// slide has its own address; the timeline (at, event) and the matrix (axis, cell) stay
/// interactive on theirs. The keyboard and a clicker move between slides, F toggles full
/// screen, Esc leaves for the same view on the dashboard.
/// </summary>
public partial class Present : IAsyncDisposable
{
    public static readonly IReadOnlyList<string> SlideViews = ["overview", "timeline", "funding", "stages", "sources"];
    public const int MinAuto = 5, MaxAuto = 3600;

    [Parameter] public string? Slide { get; set; }
    [SupplyParameterFromQuery(Name = "slides")] public string[]? SlidesParameter { get; set; }
    [SupplyParameterFromQuery(Name = "auto")] public string[]? AutoParameter { get; set; }
    [SupplyParameterFromQuery(Name = "at")] public string[]? AtParameter { get; set; }
    [SupplyParameterFromQuery(Name = "event")] public string[]? EventParameter { get; set; }
    [SupplyParameterFromQuery(Name = "axis")] public string[]? AxisParameter { get; set; }
    [SupplyParameterFromQuery(Name = "cell")] public string[]? CellParameter { get; set; }

    // The current slide's view (only the one shown is loaded).
    [PersistentState] public OverviewView? Overview { get; set; }
    [PersistentState] public TimelineView? Timeline { get; set; }
    [PersistentState] public FundingSlideView? Funding { get; set; }
    [PersistentState] public StagesView? Stages { get; set; }
    [PersistentState] public CellView? Cell { get; set; }
    [PersistentState] public SourcesView? Sources { get; set; }
    /// <summary>The event of an event slide, or the one chosen on the timeline slide.</summary>
    [PersistentState] public EventView? Chosen { get; set; }

    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private CircuitConnection Connection { get; set; } = default!;

    private IReadOnlyList<string> slides = SlideViews;
    private bool customSlides;
    private int? auto;
    private int index;
    private string current = SlideViews[0];
    private string kind = SlideViews[0];
    private PartialDate? at;
    private string? chosenEvent;
    private string axis = StageMatrix.Axes[0];
    private string? cell;

    private IJSObjectReference? module, keys;
    private DotNetObjectReference<Present>? self;
    private CancellationTokenSource? timer;

    [GeneratedRegex("^event\\.[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex EventSlideId();

    private static bool IsSlide(string s) => SlideViews.Contains(s) || EventSlideId().IsMatch(s);

    private static string KindOf(string s) => s.StartsWith("event.", StringComparison.Ordinal) ? "event" : s;

    protected override string Path => Slide is null ? "/present" : $"/present/{Slide}";

    protected override bool HasCarriedView => kind switch
    {
        "overview" => Overview is not null,
        "timeline" => Timeline is not null,
        "funding" => Funding is not null,
        "stages" => Stages is not null,
        "sources" => Sources is not null,
        _ => Chosen is not null,
    };

    protected override IReadOnlyList<(string, string?)> ReadParameters(Action<FilterError> reject)
    {
        (slides, customSlides) = (SlideViews, false);
        if (Single(SlidesParameter) is { } list)
        {
            var ids = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            var bad = ids.FirstOrDefault(s => !IsSlide(s));
            if (ids.Count == 0 || bad is not null || ids.Count > 50)
                reject(new FilterError("slides", bad ?? list, $"Slides are {string.Join(", ", SlideViews)} or event.<id>, comma-separated."));
            else (slides, customSlides) = (ids.Distinct().ToList(), true);
        }
        chosenEvent = Single(EventParameter);
        if (chosenEvent is not null && !Core.Editing.EventInput.IdPattern().IsMatch(chosenEvent))
        {
            reject(new FilterError("event", chosenEvent, "Not an event id."));
            chosenEvent = null;
        }
        auto = null;
        if (Single(AutoParameter) is { } a)
        {
            if (int.TryParse(a, out var seconds) && seconds is >= MinAuto and <= MaxAuto) auto = seconds;
            else reject(new FilterError("auto", a, $"Seconds between slides, {MinAuto} to {MaxAuto}.", FilterError.Seconds, [$"{MinAuto}", $"{MaxAuto}"]));
        }
        current = Slide ?? slides[0];
        kind = KindOf(current);
        index = slides.ToList().IndexOf(current);
        if (index < 0)
        {
            reject(new FilterError("slide", current, "This slide is not in the chosen slides."));
            index = 0;
        }
        var atText = Single(AtParameter);
        if (!TimelineWindow.TryParseAt(atText, out at))
            reject(new FilterError("at", atText!, "Use a year (2022), a quarter (2022-Q3) or a month (2022-08).", FilterError.Zoom));
        var axisText = Single(AxisParameter);
        if (axisText is not null && !StageMatrix.Axes.Contains(axisText)) reject(new FilterError("axis", axisText, "Not a matrix axis."));
        axis = axisText is not null && StageMatrix.Axes.Contains(axisText) ? axisText : StageMatrix.Axes[0];
        cell = Single(CellParameter);
        return DeckParameters;
    }

    /// <summary>The deck's own settings, which every slide's address keeps.</summary>
    private (string, string?)[] DeckParameters => [("slides", customSlides ? string.Join(',', slides) : null), ("auto", auto?.ToString())];

    protected override async Task LoadAsync(ViewAddress address, CancellationToken ct)
    {
        var f = address.Filter;
        switch (kind)
        {
            case "overview": Overview = await Views.OverviewAsync(f, ct); break;
            case "timeline":
                Timeline = await Views.TimelineAsync(f, at, Lang, ct);
                Chosen = chosenEvent is null ? null : await Views.EventAsync(chosenEvent, ct);
                break;
            case "funding": Funding = await Views.FundingSlideAsync(f, Lang, ct); break;
            case "stages":
                Stages = await Views.StagesAsync(f, axis, ct);
                Cell = cell is null ? null : await Views.CellAsync(f, axis, cell, ct);
                break;
            case "sources": Sources = await Views.SourcesAsync(f, ct); break;
            default: Chosen = await Views.EventAsync(current["event.".Length..], ct); break;
        }
    }

    protected override void CheckLoaded(ViewAddress address)
    {
        if (kind == "event" && Chosen?.Detail is null) address.Reject(new FilterError("slides", current, "No event has this id."));
        if (kind == "stages" && cell is not null && Cell?.Cell is null)
            address.Reject(new FilterError("cell", cell, "Not a cell of this matrix."));
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import", "./" + Assets["Components/Pages/Present.razor.js"]);
            self = DotNetObjectReference.Create(this);
            keys = await module.InvokeAsync<IJSObjectReference>("attach", self);
            StateHasChanged();
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        await base.OnParametersSetAsync();
        ScheduleAdvance();
    }

    /// <summary>With ?auto=, the next slide (the first after the last) after so many seconds; each slide restarts the wait.</summary>
    private void ScheduleAdvance()
    {
        timer?.Cancel();
        timer?.Dispose();
        timer = null;
        if (auto is not { } seconds || !RendererInfo.IsInteractive || !Address.IsValid) return;
        timer = new CancellationTokenSource();
        _ = Task.Delay(TimeSpan.FromSeconds(seconds), timer.Token).ContinueWith(t =>
        {
            if (t.IsCanceled) return;
            // Without a browser, wait for one (a reconnect); the slide after is shown from then.
            if (!Connection.Connected) { InvokeAsync(ScheduleAdvance); return; }
            InvokeAsync(() => Go(index == slides.Count - 1 ? SlideLink(slides[0]) : NextLink));
        }, TaskScheduler.Default);
    }

    /// <summary>A key of the deck: next, prev, first, last or exit.</summary>
    [JSInvokable]
    public void Key(string which)
    {
        if (!Loaded && which != "exit") return;
        var target = which switch
        {
            "next" => NextLink,
            "prev" => PrevLink,
            "first" => SlideLink(slides[0]),
            "last" => SlideLink(slides[^1]),
            "exit" => ExitLink,
            _ => null,
        };
        if (target is not null && target != "/" + Navigation.ToBaseRelativePath(Navigation.Uri)) Go(target);
    }

    private string SlideTitle => kind switch
    {
        "event" => Chosen?.Detail is { } d ? Pick(d.Event.TitleZh, d.Event.TitleEn) : L["Present.EventSlide"],
        _ => L["Present.Slide." + kind],
    };

    private string FilterText => Address.Filter.IsEmpty ? "" : string.Join(" · ",
        Address.Filter.ToQuery(includeLang: false).Select(p => p.Key == "region" ? RegionName(p.Value)
            : p.Key == "org" && Address.Organization is { } o ? OrgName(o) : $"{p.Key}: {p.Value}"));

    /// <summary>A slide's address: the filters, the deck's own settings, and that slide's parameters.</summary>
    private string SlideLink(string slide, DashboardFilter? filter = null, params (string, string?)[] own) =>
        Links.To($"/present/{slide}", filter ?? Address.Filter, [.. DeckParameters, .. own]);

    private string NextLink => SlideLink(slides[Math.Min(index + 1, slides.Count - 1)]);
    private string PrevLink => SlideLink(slides[Math.Max(index - 1, 0)]);

    private string TimelineLink(PartialDate? period, string? eventId) => SlideLink(current, null, ("at", period?.ToString()), ("event", eventId));

    private void TimelineStep((TimelineStep Step, bool Replace) request)
    {
        var window = Timeline!.Window;
        PartialDate? target = request.Step switch
        {
            Controls.TimelineStep.Previous => window.Neighbour(-1),
            Controls.TimelineStep.Next => window.Neighbour(1),
            Controls.TimelineStep.ZoomIn => window.CentreChild(),
            Controls.TimelineStep.ZoomOut => window.ZoomOutPeriod(out _),
            _ => null,
        };
        if (target is null && (request.Step is not (Controls.TimelineStep.ZoomOut or Controls.TimelineStep.Whole) || window.IsWhole)) return;
        Go(TimelineLink(target, chosenEvent), request.Replace);
    }

    private void TimelineZoomAt(double fraction)
    {
        var window = Timeline!.Window;
        var day = window.Start.AddDays((int)(fraction * window.Days));
        if (window.Children().Cast<PartialDate?>().FirstOrDefault(c => c!.Value.Start <= day && day <= c.Value.End) is { } child)
            Go(TimelineLink(child, chosenEvent));
    }

    private string CellLink(string? cellId) =>
        SlideLink(current, null, ("axis", axis != StageMatrix.Axes[0] ? axis : null), ("cell", cellId));

    // A click in a chart narrows the deck, which keeps its chosen slides and pace.
    private void ChooseOrganization(string? id)
    {
        if (id is not null) Go(SlideLink(current, Address.Filter with { Organization = id }));
    }

    private void ChooseRegion(string? region)
    {
        if (region is not null) Go(SlideLink(current, Address.Filter with { Regions = [region] }));
    }

    /// <summary>Leaving the deck goes to the dashboard view of the current slide, with the same filters.</summary>
    private string ExitLink => kind switch
    {
        "overview" => Address.Link("/"),
        "timeline" => Address.Link("/timeline", ("at", at?.ToString()), ("event", chosenEvent)),
        "stages" => Address.Link("/stages", ("axis", axis != StageMatrix.Axes[0] ? axis : null), ("cell", cell)),
        "event" => Address.Link("/timeline", ("event", current["event.".Length..])),
        var view => Address.Link("/" + view),
    };

    public async ValueTask DisposeAsync()
    {
        timer?.Cancel();
        timer?.Dispose();
        await JsCleanup.QuietlyAsync(async () =>
        {
            if (keys is not null) { await keys.InvokeVoidAsync("detach"); await keys.DisposeAsync(); }
            if (module is not null) await module.DisposeAsync();
        });
        self?.Dispose();
        Dispose();
    }
}
