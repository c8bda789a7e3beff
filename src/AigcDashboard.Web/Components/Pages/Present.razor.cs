using System.Text.RegularExpressions;
using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Funding;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using AigcDashboard.Core.Timeline;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Pages;

/// <summary>
/// /present/{slide}: the dashboard's views as full-screen slides for a meeting, keeping the
/// filters. ?slides= chooses and orders them (overview, timeline, funding, stages, sources, and
/// event.&lt;id&gt; for an event's detail); ?auto= advances every so many seconds. Each slide has
/// its own URL; the timeline (at, event) and the matrix (axis, cell) stay interactive on theirs.
/// </summary>
public partial class Present
{
    public static readonly IReadOnlyList<string> Views = ["overview", "timeline", "funding", "stages", "sources"];
    private const int MinAuto = 5, MaxAuto = 3600;

    [Parameter] public string? Slide { get; set; }

    private IReadOnlyList<string> slides = Views;
    private bool customSlides;
    private int? auto;
    private int index;
    private string current = Views[0];

    // The current slide's data (only the one shown is loaded).
    private OverviewFigures? overview;
    private TimelineData? timeline;
    private PartialDate? at;
    private EventDetail? selectedEvent;
    private IReadOnlyList<RoundInUsd> rounds = [];
    private PeriodTotals periods = new(DatePrecision.Quarter, [], []);
    private MatrixResult? matrix;
    private IReadOnlyList<TermRow> terms = [];
    private MatrixCell? cell;
    private IReadOnlyList<SourceRow> sources = [];
    private EventDetail? detail;

    [GeneratedRegex("^event\\.[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex EventSlide();

    private static bool IsSlide(string s) => Views.Contains(s) || EventSlide().IsMatch(s);

    private static string SlideKind(string s) => s.StartsWith("event.", StringComparison.Ordinal) ? "event" : s;

    protected override void ValidateParameters()
    {
        if (Request.Value("slides") is { } list)
        {
            var ids = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            var bad = ids.FirstOrDefault(s => !IsSlide(s));
            if (ids.Count == 0 || bad is not null || ids.Count > 50)
                Request.Reject(new FilterError("slides", bad ?? list, $"Slides are {string.Join(", ", Views)} or event.<id>, comma-separated."));
            else (slides, customSlides) = (ids.Distinct().ToList(), true);
        }
        if (Request.Value("event") is { } chosen && !Core.Editing.EventInput.IdPattern().IsMatch(chosen))
            Request.Reject(new FilterError("event", chosen, "Not an event id."));
        if (Request.Value("auto") is { } a)
        {
            if (int.TryParse(a, out var seconds) && seconds is >= MinAuto and <= MaxAuto) auto = seconds;
            else Request.Reject(new FilterError("auto", a, $"Seconds between slides, {MinAuto} to {MaxAuto}.", FilterError.Seconds, [$"{MinAuto}", $"{MaxAuto}"]));
        }
        current = Slide ?? slides[0];
        index = slides.ToList().IndexOf(current);
        if (index < 0) Request.Reject(new FilterError("slide", current, "This slide is not in the chosen slides."));
        var atText = Request.Value("at");
        if (!TimelineWindow.TryParseAt(atText, out at)) Request.Reject(new FilterError("at", atText!, "Use a year (2022), a quarter (2022-Q3) or a month (2022-08).", FilterError.Zoom));
    }

    protected override async Task LoadAsync()
    {
        var f = Request.Filter;
        switch (SlideKind(current))
        {
            case "overview":
                overview = await Queries.OverviewAsync(f);
                break;
            case "timeline":
                timeline = await TimelineData.LoadAsync(Queries, f, at, EventTitle, ClusterTitle);
                if (Request.Value("event") is { } id) selectedEvent = await Queries.EventDetailAsync(id); // checked in ValidateParameters
                break;
            case "funding":
                var all = FundingAggregates.ByAmount(FundingAggregates.InUsd(await Queries.FundingRoundFiguresAsync(f), new CurrencyConverter(await Queries.FxRatesAsync())));
                periods = FundingAggregates.ByPeriod(all, DatePrecision.Quarter, FundingAggregates.MaxRegionSeries);
                rounds = all.Take(Funding.ChartRounds).ToList();
                break;
            case "stages":
                var axis = Request.Value("axis") ?? StageMatrix.Axes[0];
                if (!StageMatrix.Axes.Contains(axis)) { Request.Reject(new FilterError("axis", axis, "Not a matrix axis.")); return; }
                terms = await Queries.FrameworkAsync();
                matrix = StageMatrix.Pivot(axis, await Queries.PlacementsAsync(f), terms);
                if (Request.Value("cell") is { } c)
                    cell = matrix.Cells.FirstOrDefault(x => $"{x.Stage}.{x.Column}" == c)
                        ?? Reject<MatrixCell>(new FilterError("cell", c, "Not a cell of this matrix."));
                break;
            case "sources":
                sources = await Queries.SourcesAsync(f);
                break;
            default:
                detail = await Queries.EventDetailAsync(current["event.".Length..])
                    ?? Reject<EventDetail>(new FilterError("slides", current, "No event has this id."));
                break;
        }
    }

    private T? Reject<T>(FilterError error) where T : class
    {
        Request.Reject(error);
        return null;
    }

    private string SlideTitle(string slide) => SlideKind(slide) switch
    {
        "event" => detail is { } d ? Request.Pick(d.Event.TitleZh, d.Event.TitleEn) : L["Present.EventSlide"],
        var kind => L["Present.Slide." + kind],
    };

    private string FilterText => Request.Filter.IsEmpty ? "" : string.Join(" · ",
        Request.Filter.ToQuery(includeLang: false).Select(p => p.Key == "region" ? RegionName(p.Value)
            : p.Key == "org" && Request.Organization is { } o ? Request.Pick(o.NameZh, o.NameEn) : $"{p.Key}: {p.Value}"));

    /// <summary>A slide's address: the filters, the deck's own settings, and that slide's parameters.</summary>
    private string SlideLink(string slide, params (string, string?)[] own) => SlideLink(slide, Request.Filter, own);

    private string SlideLink(string slide, DashboardFilter filter, params (string, string?)[] own) =>
        Request.Link($"/present/{slide}", filter, [("slides", customSlides ? string.Join(',', slides) : null), ("auto", auto?.ToString()), .. own]);

    private string NextLink => SlideLink(slides[Math.Min(index + 1, slides.Count - 1)]);
    private string PrevLink => SlideLink(slides[Math.Max(index - 1, 0)]);
    private string FirstLink => SlideLink(slides[0]);
    private string LastLink => SlideLink(slides[^1]);

    private string TimelineLink(PartialDate? period, string? eventId) => SlideLink(current, ("at", period?.ToString()), ("event", eventId));

    private string CellLink(MatrixCell? c) =>
        SlideLink(current, ("axis", matrix is { Axis: var a } && a != StageMatrix.Axes[0] ? a : null), ("cell", c is null ? null : $"{c.Stage}.{c.Column}"));

    // A click in a chart narrows the deck, which keeps its chosen slides and pace.
    private string CompanyLink(RoundInUsd r) => SlideLink(current, Request.Filter with { Organization = r.Round.Organization.Id });

    private string RegionLink(string region) => SlideLink(current, Request.Filter with { Regions = region.Length == 0 ? [] : [region] });

    /// <summary>Leaving the deck goes to the dashboard view of the current slide, with the same filters.</summary>
    private string ExitLink => SlideKind(current) switch
    {
        "overview" => Request.Link("/"),
        "timeline" => Request.Link("/timeline", ("at", at?.ToString()), ("event", Request.Value("event"))),
        "stages" => Request.Link("/stages", ("axis", Request.Value("axis")), ("cell", Request.Value("cell"))),
        "event" => Request.Link("/timeline", ("event", current["event.".Length..])),
        var view => Request.Link("/" + view),
    };
}
