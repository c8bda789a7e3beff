using AigcDashboard.Core.Model;

namespace AigcDashboard.Core.Timeline;

/// <summary>
/// The stretch of time the timeline shows: everything (<see cref="Period"/> null) or one year,
/// quarter or month, named in the URL as ?at=2022, 2022-Q3 or 2022-08. Zooming moves between
/// those precisions; panning moves to the neighbouring period of the same precision.
/// </summary>
public sealed record TimelineWindow(PartialDate? Period, DateOnly Start, DateOnly End)
{
    /// <summary>Parses ?at=; null or empty is the whole range.</summary>
    public static bool TryParseAt(string? at, out PartialDate? period)
    {
        period = null;
        if (string.IsNullOrWhiteSpace(at)) return true;
        if (!PartialDate.TryParse(at.Trim(), out var p) || p.Precision == DatePrecision.Day) return false;
        period = p;
        return true;
    }

    /// <summary>The whole range: whole years around the given dates (start inclusive, end exclusive).</summary>
    public static TimelineWindow Whole(DateOnly first, DateOnly last) =>
        new(null, new DateOnly(first.Year, 1, 1), new DateOnly(last.Year + 1, 1, 1));

    public static TimelineWindow Of(PartialDate period) => new(period, period.Start, period.End.AddDays(1));

    /// <summary>The window a timeline shows: the period asked for; else the whole range of the
    /// events; else, when nothing matches, the date filter's range (or four years from 2020).</summary>
    /// <param name="range">The first start and the last end of the events, or null when there are none.</param>
    public static TimelineWindow For(PartialDate? at, (DateOnly First, DateOnly Last)? range, DateOnly? from, DateOnly? to)
    {
        if (at is { } period) return Of(period);
        if (range is { } r) return Whole(r.First, r.Last);
        var start = from ?? new DateOnly(2020, 1, 1);
        return Whole(start, to ?? start.AddYears(4));
    }

    public bool IsWhole => Period is null;

    public int Days => End.DayNumber - Start.DayNumber;

    /// <summary>Where a date falls, 0 at the start and 1 at the end.</summary>
    public double Fraction(DateOnly d) => (double)(d.DayNumber - Start.DayNumber) / Days;

    public bool Overlaps(PartialDate d) => d.Start < End && d.End >= Start;

    /// <summary>The next coarser view: month → quarter → year → whole; null for the whole range.</summary>
    public PartialDate? ZoomOutPeriod(out bool toWhole)
    {
        toWhole = false;
        switch (Period?.Precision)
        {
            case DatePrecision.Month:
                var s = Period.Value.Start;
                return new PartialDate(new DateOnly(s.Year, (s.Month - 1) / 3 * 3 + 1, 1), DatePrecision.Quarter);
            case DatePrecision.Quarter:
                return new PartialDate(new DateOnly(Period.Value.Start.Year, 1, 1), DatePrecision.Year);
            case DatePrecision.Year:
                toWhole = true;
                return null;
            default:
                return null;
        }
    }

    public bool CanZoomOut => !IsWhole;
    public bool CanZoomIn => Period?.Precision != DatePrecision.Month;

    /// <summary>The periods one step finer that make up this view: its years, quarters or months.</summary>
    public IReadOnlyList<PartialDate> Children()
    {
        var list = new List<PartialDate>();
        switch (Period?.Precision)
        {
            case null:
                for (var y = Start.Year; y < End.Year; y++) list.Add(new PartialDate(new DateOnly(y, 1, 1), DatePrecision.Year));
                break;
            case DatePrecision.Year:
                for (var q = 0; q < 4; q++) list.Add(new PartialDate(Start.AddMonths(3 * q), DatePrecision.Quarter));
                break;
            case DatePrecision.Quarter:
                for (var m = 0; m < 3; m++) list.Add(new PartialDate(Start.AddMonths(m), DatePrecision.Month));
                break;
        }
        return list;
    }

    /// <summary>The period one step finer that holds the middle of this view (keyboard zoom-in).</summary>
    public PartialDate? CentreChild()
    {
        var middle = Start.AddDays(Days / 2);
        return Children().Cast<PartialDate?>().FirstOrDefault(c => c!.Value.Start <= middle && middle <= c.Value.End);
    }

    /// <summary>Where choosing a cluster zooms: the finer period holding its middle member; null at
    /// the finest zoom (a month), where a cluster lists its events instead.</summary>
    public PartialDate? ZoomTarget(TimelineItem item)
    {
        if (!item.IsCluster || !CanZoomIn) return null;
        // The middle member when all are known, else the middle of the cluster's extent.
        var middle = item.Events.Count == item.Count
            ? item.Events[item.Count / 2].When.Start
            : DateOnly.FromDayNumber((item.First.Start.DayNumber + item.Last.Start.DayNumber) / 2);
        return Children().Cast<PartialDate?>().FirstOrDefault(c => c!.Value.Start <= middle && middle <= c.Value.End);
    }

    /// <summary>The neighbouring period of the same precision (pan); null for the whole range.</summary>
    public PartialDate? Neighbour(int direction) => Period switch
    {
        null => null,
        { Precision: DatePrecision.Month } p => new PartialDate(p.Start.AddMonths(direction), DatePrecision.Month),
        { Precision: DatePrecision.Quarter } p => new PartialDate(p.Start.AddMonths(3 * direction), DatePrecision.Quarter),
        { } p => new PartialDate(p.Start.AddYears(direction), DatePrecision.Year),
    };

    /// <summary>Where the axis gets a tick: each year, month or day-of-month step, by the view's span.</summary>
    public IReadOnlyList<(DateOnly Date, DatePrecision Unit)> Ticks()
    {
        var ticks = new List<(DateOnly, DatePrecision)>();
        switch (Period?.Precision)
        {
            case null:
                for (var y = Start.Year; y < End.Year; y++) ticks.Add((new DateOnly(y, 1, 1), DatePrecision.Year));
                break;
            case DatePrecision.Year or DatePrecision.Quarter:
                for (var d = Start; d < End; d = d.AddMonths(1)) ticks.Add((d, DatePrecision.Month));
                break;
            default:
                foreach (var day in new[] { 1, 5, 10, 15, 20, 25 })
                    if (day <= DateTime.DaysInMonth(Start.Year, Start.Month)) ticks.Add((new DateOnly(Start.Year, Start.Month, day), DatePrecision.Day));
                break;
        }
        return ticks;
    }
}
