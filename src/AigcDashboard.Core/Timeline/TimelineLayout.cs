using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;

namespace AigcDashboard.Core.Timeline;

/// <summary>
/// One mark on a lane's track: a single event (a dot, with a bar over its month, quarter or year
/// when it is not dated to the day: SpanStart..SpanEnd), or a cluster of events too close to label
/// apart (a bar SpanStart..SpanEnd from its first to its last member, wide enough for its count).
/// Its label stands right of it, or left of it near the right edge.
/// <see cref="Left"/>..<see cref="Right"/> is everything it occupies on its track.
/// <see cref="Count"/> is how many events it stands for; <see cref="Events"/> holds those known one
/// by one (all of them, except in a window too dense to list, where only the highlighted ones).
/// </summary>
public sealed record TimelineItem(
    string Lane, int Row, double X, double SpanStart, double SpanEnd, double Left, double Right,
    double TextX, bool TextBeforeMark, string Label, IReadOnlyList<EventRow> Events, bool Highlight,
    int Count, PartialDate First, PartialDate Last)
{
    /// <summary>The one event this mark is, or null for a cluster.</summary>
    public EventRow? Single => Count == 1 && Events.Count == 1 ? Events[0] : null;
    public bool IsCluster => Single is null;
    public bool IsExact => Single?.When.Precision == DatePrecision.Day;
}

/// <summary>What the layout places: one event, or (<paramref name="Event"/> null) a group of
/// <paramref name="Count"/> events of one lane and period counted in the database.</summary>
public sealed record TimelineEntry(string Lane, PartialDate When, int Count, EventRow? Event)
{
    public static TimelineEntry Of(EventRow e) => new(Lanes.Of(e), e.When, 1, e);
}

public sealed record TimelineLane(string Id, IReadOnlyList<TimelineItem> Items);

/// <summary>
/// Places events on their lanes within a window so that no two marks or labels overlap: each lane
/// has two tracks; an event that fits on neither joins the mark before it as a cluster, which shows
/// its count (and the title of a highlighted member, so the big stories stay readable).
/// Coordinates are in the units of <paramref name="width"/> (the chart's plot width).
/// </summary>
public static class TimelineLayout
{
    public const double MarkerRadius = 6;
    public const double Gap = 10;
    public const double TextPad = 4;
    /// <summary>A label is shortened to make room for the next mark only down to this many characters.</summary>
    public const int MinLabelChars = 6;
    public const double FontSize = 13;
    public const int Rows = 2;

    public static IReadOnlyList<TimelineLane> Build(
        IEnumerable<EventRow> events, TimelineWindow window, double width,
        Func<EventRow, string> label, Func<int, EventRow?, string> clusterLabel) =>
        Build(events.Select(TimelineEntry.Of), window, width, label, clusterLabel);

    public static IReadOnlyList<TimelineLane> Build(
        IEnumerable<TimelineEntry> entries, TimelineWindow window, double width,
        Func<EventRow, string> label, Func<int, EventRow?, string> clusterLabel)
    {
        var byLane = entries.Where(e => window.Overlaps(e.When)).ToLookup(e => e.Lane);
        return Lanes.All.Select(lane => new TimelineLane(lane, Place(lane, byLane[lane], window, width, label, clusterLabel))).ToList();
    }

    /// <summary>A mark being laid out. Its members' extent and highlighted member are kept as they
    /// are added, so that growing a cluster costs the same whatever its size.</summary>
    private sealed class Mark(int row, double rowEndBefore, int bucket)
    {
        public int Row { get; } = row;
        public double RowEndBefore { get; } = rowEndBefore;
        public int Bucket { get; } = bucket;
        public List<EventRow> Events { get; } = [];
        public int Count { get; private set; }
        public PartialDate First { get; private set; }
        public PartialDate Last { get; private set; }
        public double X1 { get; private set; } = double.MaxValue;
        public double X2 { get; private set; } = double.MinValue;
        public (double Start, double End) FirstSpan { get; private set; }
        public EventRow? Highlighted { get; private set; }
        public TimelineItem? Item { get; set; }
        /// <summary>A highlighted cluster's label as last formatted, and the digits of the count in it:
        /// while the digits stay the same, so does the label's width, so it is not formatted again.</summary>
        public (int Digits, string Text)? ClusterText { get; set; }

        public void Add(TimelineEntry e, double x, double start, double end)
        {
            if (Count == 0) (FirstSpan, First, Last) = ((start, end), e.When, e.When);
            if (e.When.Start < First.Start) First = e.When;
            if (e.When.Start > Last.Start) Last = e.When;
            Count += e.Count;
            if (e.Event is { } one)
            {
                Events.Add(one);
                if (one.Highlight) Highlighted ??= one;
            }
            X1 = Math.Min(X1, x);
            X2 = Math.Max(X2, x);
        }
    }

    private static List<TimelineItem> Place(string lane, IEnumerable<TimelineEntry> events, TimelineWindow window, double width,
        Func<EventRow, string> label, Func<int, EventRow?, string> clusterLabel)
    {
        var rowEnd = Enumerable.Repeat(double.NegativeInfinity, Rows).ToArray();
        var marks = new List<Mark>();
        var lastOnRow = new Mark?[Rows];

        var positioned = events
            .Select(e => (Event: e, Span: SpanOf(e.When, window, width)))
            .OrderBy(p => p.Span.X).ThenByDescending(p => p.Event.Event?.Highlight == true)
            .ThenBy(p => p.Event.Event?.Id ?? "", StringComparer.Ordinal).ThenBy(p => p.Event.Count);

        foreach (var (e, span) in positioned)
        {
            var left = Math.Min(span.X - MarkerRadius, span.Start);
            var bucket = Bucket(window, e.When);
            Mark? mark = null;
            var row = Array.FindIndex(rowEnd, end => end + Gap <= left);
            if (row < 0) row = MakeRoom(lastOnRow, left, MinLabelChars, rowEnd);
            if (row < 0)
            {
                // Crowded: join a mark of the same stretch (year, quarter, month or week, by zoom),
                // so that a cluster never spans more than one; else drop labels to make room.
                // Only the last mark of a track may grow to the right without running into another.
                mark = lastOnRow.Where(m => m is not null && m.Bucket == bucket).MaxBy(m => m!.Item!.Right);
                if (mark is null) row = MakeRoom(lastOnRow, left, 0, rowEnd);
            }
            if (mark is null && row >= 0)
            {
                mark = new Mark(row, rowEnd[row], bucket);
                marks.Add(mark);
                lastOnRow[row] = mark;
            }
            // Last resort (a band of a month- or year-dated event in the way): join the mark in the way.
            mark ??= lastOnRow.MaxBy(m => m?.Item?.Right ?? double.MinValue)!;
            mark.Add(e, span.X, span.Start, span.End);
            mark.Item = Shape(lane, mark, width, label, clusterLabel);
            rowEnd[mark.Row] = mark.Item.Right;
        }
        // Clusters' labels with their final counts (unless a label was shortened to make room: its
        // width stays), and members in date order, once at the end.
        return marks.Select(m =>
        {
            var item = m.Item!;
            if (m.ClusterText is { } text && item.Label == text.Text)
            {
                m.ClusterText = null;
                item = Shape(lane, m, width, label, clusterLabel);
            }
            return item with { Events = m.Events.OrderBy(e => e.When.Start).ThenBy(e => e.Id, StringComparer.Ordinal).ToList() };
        }).ToList();
    }

    /// <summary>The stretch a cluster may cover at this zoom: a year of the whole range, a quarter
    /// of a year, a month of a quarter, a week of a month.</summary>
    private static int Bucket(TimelineWindow window, PartialDate when)
    {
        // Where the mark stands: the middle of the part of its period in view.
        var from = when.Start < window.Start ? window.Start : when.Start;
        var to = when.End >= window.End ? window.End.AddDays(-1) : when.End;
        var d = from.AddDays((to.DayNumber - from.DayNumber) / 2);
        return window.Period?.Precision switch
        {
            null => d.Year,
            DatePrecision.Year => d.Year * 4 + (d.Month - 1) / 3,
            DatePrecision.Quarter => d.Year * 12 + d.Month,
            _ => (d.Day - 1) / 7,
        };
    }

    /// <summary>
    /// Tries to make room by shortening the label of the last mark on a track (to no fewer than
    /// <paramref name="minChars"/> characters; 0 leaves the bare mark, named by its tooltip) so that a
    /// mark starting at <paramref name="left"/> fits after it. Returns the track made free, or -1.
    /// </summary>
    private static int MakeRoom(Mark?[] lastOnRow, double left, int minChars, double[] rowEnd)
    {
        // Ordinary labels give way first; a highlighted one only when nothing else can.
        for (var pass = 0; pass < 2; pass++)
        for (var row = 0; row < rowEnd.Length; row++)
        {
            if ((lastOnRow[row]?.Item?.Highlight == true) != (pass == 1)) continue;
            var last = lastOnRow[row];
            if (last?.Item is not { TextBeforeMark: false } item) continue;
            if (item.Highlight && minChars > 0) continue; // the big stories keep their titles while others can give way
            var markEnd = Math.Max(item.SpanEnd, item.X + MarkerRadius);
            if (left - Gap < markEnd) continue;
            var room = left - Gap - item.TextX;
            var full = item.Label;
            var bold = item.Highlight;
            string shortened;
            if (minChars == 0 && room < TextWidth("x…", bold)) shortened = "";
            else
            {
                if (room <= 0) continue;
                shortened = Shorten(full, room, bold);
                if (shortened.Length - 1 < Math.Min(minChars, full.Length)) continue;
            }
            last.Item = item with { Label = shortened, Right = shortened.Length == 0 ? markEnd : Math.Max(markEnd, item.TextX + TextWidth(shortened, bold)) };
            rowEnd[row] = last.Item.Right;
            return row;
        }
        return -1;
    }

    private static TimelineItem Shape(string lane, Mark mark, double width, Func<EventRow, string> label, Func<int, EventRow?, string> clusterLabel)
    {
        var count = mark.Count;
        var single = count == 1 && mark.Events.Count == 1;
        var (x1, x2) = (mark.X1, mark.X2);
        // A cluster shows its count in its bar; it has a text label only to keep a highlighted
        // member's title readable.
        var text = single ? label(mark.Events[0]) : mark.Highlighted is null ? "" : ClusterText(mark, count, clusterLabel);
        var bold = mark.Highlighted is not null;

        // The label goes right of the (last) dot; near the right edge it goes left of the (first)
        // dot, unless that runs into the mark before it on the track; then it is shortened with an
        // ellipsis. A band (an event known to the month, quarter or year) may run under its label.
        var leftLimit = Math.Max(0, mark.RowEndBefore + Gap);
        // A cluster's bar runs from its first to its last member and is wide enough for its count.
        var half = single ? MarkerRadius : Math.Max((x2 - x1) / 2 + MarkerRadius + 1, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length * 3.5 + 5);
        var centre = (x1 + x2) / 2;
        var spanStart = single ? mark.FirstSpan.Start : centre - half;
        var spanEnd = single ? mark.FirstSpan.End : centre + half;
        var markLeft = Math.Min(centre - half, spanStart);
        var markRight = Math.Max(centre + half, spanEnd);
        (x1, x2) = single ? (x1, x2) : (centre - half + MarkerRadius, centre + half - MarkerRadius);
        var w = text.Length == 0 ? -TextPad : TextWidth(text, bold);
        double left, right, textX;
        var before = false;
        if (x2 + MarkerRadius + TextPad + w <= width)
            (left, right, textX) = (markLeft, Math.Max(markRight, x2 + MarkerRadius + TextPad + w), x2 + MarkerRadius + TextPad);
        else if (x1 - MarkerRadius - TextPad - w >= leftLimit)
        {
            before = true;
            textX = x1 - MarkerRadius - TextPad;
            (left, right) = (Math.Min(markLeft, textX - w), markRight);
        }
        else
        {
            text = Shorten(text, width - x2 - MarkerRadius - TextPad, bold);
            textX = x2 + MarkerRadius + TextPad;
            (left, right) = (markLeft, Math.Max(markRight, Math.Min(width, textX + TextWidth(text, bold))));
        }
        return new TimelineItem(lane, mark.Row, centre, spanStart, spanEnd, left, right, textX, before, text, mark.Events, bold,
            count, mark.First, mark.Last);
    }

    private static string ClusterText(Mark mark, int count, Func<int, EventRow?, string> clusterLabel)
    {
        var digits = (count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        if (mark.ClusterText is { } cached && cached.Digits == digits) return cached.Text;
        var text = clusterLabel(count, mark.Highlighted);
        mark.ClusterText = (digits, text);
        return text;
    }

    /// <summary>Where an event sits: the middle of its (clipped) period, and the period's extent.</summary>
    private static (double X, double Start, double End) SpanOf(PartialDate when, TimelineWindow window, double width)
    {
        var start = Math.Max(0, window.Fraction(when.Start)) * width;
        var end = Math.Min(1, window.Fraction(when.End.AddDays(1))) * width;
        return ((start + end) / 2, start, end);
    }

    /// <summary>An estimate of the rendered width: Han and full-width characters take a full em.</summary>
    public static double TextWidth(string text, bool bold = false)
    {
        double em = 0;
        foreach (var c in text)
            em += c >= '\u2E80' ? 1.0 : char.IsUpper(c) ? 0.66 : c == ' ' ? 0.3 : 0.56;
        return em * FontSize * (bold ? 1.07 : 1.0);
    }

    private static string Shorten(string text, double room, bool bold)
    {
        for (var n = text.Length - 1; n > 0; n--)
        {
            var candidate = text[..n].TrimEnd() + "…";
            if (TextWidth(candidate, bold) <= room) return candidate;
        }
        return "…";
    }
}
