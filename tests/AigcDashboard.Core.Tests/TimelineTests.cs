using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using AigcDashboard.Core.Timeline;

namespace AigcDashboard.Core.Tests;

public class TimelineTests(QueryTests.Db db) : IClassFixture<QueryTests.Db>
{
    private readonly DashboardQueries q = new(db.Database);
    private const double Width = 1000;

    private static IReadOnlyList<TimelineLane> Layout(IEnumerable<EventRow> events, TimelineWindow window) =>
        TimelineLayout.Build(events, window, Width, e => e.TitleEn, (n, h) => h is null ? $"{n} events" : $"{h.TitleEn} +{n - 1}");

    private static EventRow Event(string id, string date, string category = "model-release", string? region = "US", bool highlight = false, string? title = null) =>
        new(id, PartialDate.Parse(date), category, region, null, highlight, title ?? id, title ?? id, "", "", [], new Provenance("S3", "x", "reported"));

    [Theory]
    [InlineData("model-release", "US", Lanes.GlobalModels)]
    [InlineData("product-launch", "GB", Lanes.GlobalModels)]
    [InlineData("public-opening", "CN", Lanes.ChinaModels)]
    [InlineData("regulatory-approval", "CN", Lanes.ChinaModels)]
    [InlineData("regulatory-filing", "CN", Lanes.Regulation)]
    [InlineData("policy", null, Lanes.Regulation)]
    [InlineData("funding", "US", Lanes.Funding)]
    [InlineData("society", "CN", Lanes.Market)]
    [InlineData("market", null, Lanes.Market)]
    public void Events_go_to_their_lanes(string category, string? region, string lane) => Assert.Equal(lane, Lanes.Of(category, region));

    [Fact]
    public async Task With_the_seed_data_no_two_labels_overlap_at_any_zoom()
    {
        var events = await q.EventsAsync(DashboardFilter.None);
        var windows = new List<TimelineWindow> { TimelineWindow.Whole(events.Min(e => e.When.Start), events.Max(e => e.When.End)) };
        foreach (var year in new[] { 2021, 2022, 2023, 2024 })
        {
            var y = TimelineWindow.Of(PartialDate.Parse($"{year}"));
            windows.Add(y);
            windows.AddRange(y.Children().Select(TimelineWindow.Of));
            windows.AddRange(y.Children().SelectMany(c => TimelineWindow.Of(c).Children()).Select(TimelineWindow.Of));
        }
        foreach (var window in windows)
        {
            var lanes = Layout(events, window);
            foreach (var lane in lanes)
                foreach (var row in lane.Items.GroupBy(i => i.Row))
                {
                    var items = row.OrderBy(i => i.Left).ToList();
                    for (var i = 1; i < items.Count; i++)
                        Assert.True(items[i - 1].Right <= items[i].Left,
                            $"{window.Period}: '{items[i - 1].Label}' {items[i - 1].Left:0.0}..{items[i - 1].Right:0.0} cluster={items[i - 1].IsCluster} overlaps '{items[i].Label}' {items[i].Left:0.0}..{items[i].Right:0.0} in {lane.Id}");
                    // A mark at the very edge may overhang by its radius; the chart keeps that margin.
                    Assert.All(items, i => Assert.InRange(i.Right, 0, Width + TimelineLayout.MarkerRadius));
                    Assert.All(items, i => Assert.True(i.Left <= Math.Min(i.SpanStart, i.X) && i.Right >= Math.Max(i.SpanEnd, i.X),
                        $"{window.Period} {i.Label}: {i.Left}..{i.Right} vs {i.SpanStart}..{i.SpanEnd} x={i.X}"));
                }
            // Every event in the window is on the chart exactly once.
            Assert.Equal(events.Where(e => window.Overlaps(e.When)).Select(e => e.Id).Order(),
                lanes.SelectMany(l => l.Items).SelectMany(i => i.Events).Select(e => e.Id).Order());
        }
    }

    [Fact]
    public void Crowded_events_cluster()
    {
        var sameDay = Enumerable.Range(1, 6).Select(i => Event($"e{i}", "2023-08-31", "public-opening", "CN")).ToList();
        var lanes = Layout(sameDay, TimelineWindow.Of(PartialDate.Parse("2023")));
        var china = lanes.Single(l => l.Id == Lanes.ChinaModels).Items;
        // Six marks on one day cannot stand apart on two tracks: they group into clusters.
        Assert.True(china.Count <= TimelineLayout.Rows);
        Assert.Contains(china, i => i.IsCluster);
        Assert.Equal(sameDay.Count, china.Sum(i => i.Events.Count));
        Assert.All(china.Where(i => i.IsCluster), c => Assert.Equal("", c.Label)); // the count is drawn in the bar
    }

    [Fact]
    public void A_cluster_keeps_the_title_of_its_highlighted_event()
    {
        var events = Enumerable.Range(1, 5).Select(i => Event($"e{i}", "2023-08-31", "public-opening", "CN"))
            .Append(Event("batch", "2023-08-31", "regulatory-approval", "CN", highlight: true, title: "First batch approved")).ToList();
        var cluster = Layout(events, TimelineWindow.Of(PartialDate.Parse("2023"))).SelectMany(l => l.Items).Single(i => i.IsCluster);
        Assert.Equal($"First batch approved +{cluster.Events.Count - 1}", cluster.Label); // the final count, not one from midway
        Assert.True(cluster.Highlight);
    }

    [Fact]
    public void Zooming_in_separates_a_cluster()
    {
        var events = new[] { Event("a", "2022-11-02"), Event("b", "2022-11-09"), Event("c", "2022-11-16"), Event("d", "2022-11-28") };
        var whole = Layout(events, TimelineWindow.Whole(new DateOnly(2016, 1, 1), new DateOnly(2024, 3, 1)));
        Assert.Contains(whole.SelectMany(l => l.Items), i => i.IsCluster);
        var month = Layout(events, TimelineWindow.Of(PartialDate.Parse("2022-11")));
        Assert.All(month.SelectMany(l => l.Items), i => Assert.False(i.IsCluster));
    }

    [Fact]
    public void A_month_only_event_spans_its_month()
    {
        var item = Layout([Event("m", "2023-02")], TimelineWindow.Of(PartialDate.Parse("2023"))).SelectMany(l => l.Items).Single();
        Assert.False(item.IsExact);
        Assert.Equal(31.0 / 365 * Width, item.SpanStart, 3);
        Assert.Equal(59.0 / 365 * Width, item.SpanEnd, 3);
    }

    [Fact]
    public void A_label_at_the_right_edge_moves_left_instead_of_running_off()
    {
        var item = Layout([Event("late", "2023-12-30", title: "A long title near the end of the year")], TimelineWindow.Of(PartialDate.Parse("2023")))
            .SelectMany(l => l.Items).Single();
        Assert.True(item.Right <= Width + TimelineLayout.MarkerRadius);
        Assert.True(item.TextBeforeMark);
        Assert.True(item.TextX < item.X);
    }

    [Theory]
    [InlineData("2022", "2022-Q1,2022-Q2,2022-Q3,2022-Q4", "2021", "2023")]
    [InlineData("2022-Q3", "2022-07,2022-08,2022-09", "2022-Q2", "2022-Q4")]
    [InlineData("2022-12", "", "2022-11", "2023-01")]
    public void Windows_zoom_and_pan_by_period(string at, string children, string previous, string next)
    {
        var w = TimelineWindow.Of(PartialDate.Parse(at));
        Assert.Equal(children, string.Join(",", w.Children()));
        Assert.Equal(previous, w.Neighbour(-1).ToString());
        Assert.Equal(next, w.Neighbour(1).ToString());
    }

    [Fact]
    public void Zooming_out_goes_month_quarter_year_whole()
    {
        Assert.Equal("2022-Q3", TimelineWindow.Of(PartialDate.Parse("2022-08")).ZoomOutPeriod(out _).ToString());
        Assert.Equal("2022", TimelineWindow.Of(PartialDate.Parse("2022-Q3")).ZoomOutPeriod(out _).ToString());
        Assert.Null(TimelineWindow.Of(PartialDate.Parse("2022")).ZoomOutPeriod(out var whole));
        Assert.True(whole);
    }

    [Theory]
    [InlineData("2022", true)]
    [InlineData("2022-Q3", true)]
    [InlineData("2022-08", true)]
    [InlineData("", true)]
    [InlineData("2022-08-01", false)]
    [InlineData("soon", false)]
    public void The_at_parameter_names_a_year_quarter_or_month(string at, bool valid) =>
        Assert.Equal(valid, TimelineWindow.TryParseAt(at, out _));

    [Fact]
    public async Task Search_narrows_events_by_title_description_or_organization_in_either_language()
    {
        Assert.Contains(await q.EventsAsync(new DashboardFilter { Search = "stable diffusion" }), e => e.Id == "ev-stable-diffusion-release");
        Assert.Contains(await q.EventsAsync(new DashboardFilter { Search = "通义千问" }), e => e.Id == "ev-alibaba-cloud-tongyi-qianwen-public-opening");
        var byOrg = await q.EventsAsync(new DashboardFilter { Search = "Stability AI" });
        Assert.All(byOrg, e => Assert.True(e.Organizations.Any(o => o.Id == "stability-ai") || (e.TitleEn + e.DescriptionEn).Contains("Stability", StringComparison.OrdinalIgnoreCase)));
        Assert.Empty(await q.EventsAsync(new DashboardFilter { Search = "zzzz-nothing" }));
    }

    [Fact]
    public void Counted_groups_become_clusters_that_carry_their_counts_and_zoom_in()
    {
        var window = TimelineWindow.Of(PartialDate.Parse("2023"));
        var highlight = Event("big", "2023-08-31", "regulatory-approval", "CN", highlight: true, title: "First batch approved");
        var entries = new List<TimelineEntry>
        {
            new(Lanes.ChinaModels, PartialDate.Parse("2023-Q3"), 40, null),
            new(Lanes.ChinaModels, PartialDate.Parse("2023-Q1"), 7, null),
            new(Lanes.Funding, PartialDate.Parse("2023-Q2"), 1, null),
            TimelineEntry.Of(highlight),
        };
        var lanes = TimelineLayout.Build(entries, window, 1000, e => e.TitleEn, (n, h) => h is null ? $"{n}" : $"{h.TitleEn} +{n - 1}");
        var items = lanes.SelectMany(l => l.Items).ToList();
        Assert.Equal(49, items.Sum(i => i.Count));
        // A group, even of one, is a count (a cluster with no members known), never an event.
        Assert.All(items.Where(i => i.Events.Count == 0), i => Assert.True(i.IsCluster));
        Assert.Equal(highlight, items.Single(i => i.Events.Count > 0).Single);
        var q3 = items.Single(i => i.Count == 40);
        Assert.Equal((PartialDate.Parse("2023-Q3"), PartialDate.Parse("2023-Q3")), (q3.First, q3.Last));
        Assert.Equal(PartialDate.Parse("2023-Q3"), window.ZoomTarget(q3));
        Assert.Equal(PartialDate.Parse("2023-Q1"), window.ZoomTarget(items.Single(i => i.Count == 7)));
    }
}
