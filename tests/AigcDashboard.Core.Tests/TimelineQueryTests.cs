using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using AigcDashboard.Core.Timeline;

namespace AigcDashboard.Core.Tests;

/// <summary>The timeline's reads: the window's events (or their counts, when there are many) and
/// the table's pages, checked against the same rules applied in memory to every event.</summary>
public class TimelineQueryTests : IClassFixture<QueryTests.Db>
{
    private readonly DashboardQueries q;
    private static readonly string[] Windows = ["2022", "2023", "2023-Q1", "2023-Q3", "2023-08", "2022-11"];

    public TimelineQueryTests(QueryTests.Db db) => q = new DashboardQueries(db.Database);

    private async Task<IReadOnlyList<EventRow>> All() => await q.EventsAsync(DashboardFilter.None);

    private static TimelineWindow Window(string? at) => at is null
        ? TimelineWindow.Whole(new DateOnly(1900, 1, 1), new DateOnly(2100, 1, 1))
        : TimelineWindow.Of(PartialDate.Parse(at));

    [Fact]
    public async Task The_range_runs_from_the_first_start_to_the_last_end()
    {
        var all = await All();
        Assert.Equal((all.Min(e => e.When.Start), all.Max(e => e.When.End)), await q.EventRangeAsync(DashboardFilter.None));
        Assert.Null(await q.EventRangeAsync(DashboardFilter.None with { Search = "no event says this" }));
    }

    [Fact]
    public async Task A_window_holds_exactly_the_events_whose_period_overlaps_it()
    {
        var all = await All();
        foreach (var at in Windows)
        {
            var window = Window(at);
            var entries = await q.TimelineEntriesAsync(DashboardFilter.None, window, detailLimit: 1000);
            Assert.Equal(all.Where(e => window.Overlaps(e.When)).Select(e => e.Id).Order(),
                entries.Select(e => e.Event!.Id).Order());
            Assert.All(entries, e => Assert.Equal((1, Lanes.Of(e.Event!)), (e.Count, e.Lane)));
        }
    }

    [Fact]
    public async Task A_crowded_window_is_counted_per_lane_and_period_with_highlights_kept()
    {
        var all = await All();
        foreach (var at in new string?[] { null, "2023", "2023-Q3", "2023-08" })
        {
            var window = Window(at);
            var inView = all.Where(e => window.Overlaps(e.When)).ToList();
            var entries = await q.TimelineEntriesAsync(DashboardFilter.None, window, detailLimit: 3);
            Assert.Equal(inView.Count, entries.Sum(e => e.Count));
            Assert.Equal(inView.Where(e => e.Highlight).Select(e => e.Id).Order(), entries.Where(e => e.Event is not null).Select(e => e.Event!.Id).Order());
            foreach (var lane in Lanes.All)
                Assert.Equal(inView.Count(e => Lanes.Of(e) == lane), entries.Where(e => e.Lane == lane).Sum(e => e.Count));
            // Counted per period of the next zoom level, unless known less exactly.
            var unit = at is null ? DatePrecision.Year : window.Period!.Value.Precision - 1;
            Assert.All(entries.Where(e => e.Event is null), e => Assert.True(e.When.Precision >= unit, $"{at}: {e.When}"));
            Assert.Equal(entries.Count(e => e.Event is null), entries.Where(e => e.Event is null).Select(e => (e.Lane, e.When)).Distinct().Count());
        }
    }

    [Theory]
    [InlineData("date", false)]
    [InlineData("date", true)]
    [InlineData("title", false)]
    [InlineData("lane", true)]
    [InlineData("category", false)]
    [InlineData("region", true)]
    public async Task The_table_pages_through_the_window_in_the_chosen_order(string sort, bool descending)
    {
        var all = await All();
        foreach (var zh in new[] { true, false })
        foreach (var at in new string?[] { null, "2023" })
        {
            var window = Window(at);
            var expected = Sorted(all.Where(e => window.Overlaps(e.When)), sort, descending, zh).Select(e => e.Id).ToList();
            var pages = new List<string>();
            for (var offset = 0; ; offset += 20)
            {
                var (rows, total) = await q.EventsInWindowPageAsync(DashboardFilter.None, window, sort, descending, zh, offset, 20);
                Assert.Equal(expected.Count, total);
                if (rows.Count == 0) break;
                pages.AddRange(rows.Select(r => r.Id));
            }
            Assert.Equal(expected, pages);
        }
    }

    [Fact]
    public async Task The_lane_rule_gives_the_same_lane_in_memory_and_in_the_database()
    {
        var all = await All();
        var (rows, _) = await q.EventsInWindowPageAsync(DashboardFilter.None, Window(null), "lane", false, false, 0, 1000);
        var lanes = rows.Select(e => Lanes.All.ToList().IndexOf(Lanes.Of(e))).ToList();
        Assert.Equal(lanes.Order(), lanes);
        Assert.Equal(all.Count, rows.Count);
    }

    /// <summary>The table's order, in memory: by the key, then the date (same direction), then the id.</summary>
    private static IEnumerable<EventRow> Sorted(IEnumerable<EventRow> events, string key, bool descending, bool zh)
    {
        Func<EventRow, string> by = key switch
        {
            "title" => e => zh ? e.TitleZh : e.TitleEn,
            "lane" => e => Lanes.All.ToList().IndexOf(Lanes.Of(e)).ToString("D2"),
            "category" => e => e.Category,
            "region" => e => e.Region ?? "",
            _ => _ => "",
        };
        var ordered = descending
            ? events.OrderByDescending(by, StringComparer.Ordinal).ThenByDescending(e => e.When.Start)
            : events.OrderBy(by, StringComparer.Ordinal).ThenBy(e => e.When.Start);
        return ordered.ThenBy(e => e.Id, StringComparer.Ordinal);
    }
}
