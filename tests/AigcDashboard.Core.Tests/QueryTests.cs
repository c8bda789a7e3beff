using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;

namespace AigcDashboard.Core.Tests;

public class QueryTests : IClassFixture<QueryTests.Db>
{
    public sealed class Db : IDisposable
    {
        public SeededDatabase Database { get; } = new();
        public void Dispose() => Database.Dispose();
    }

    private readonly DashboardQueries q;
    private static readonly Seeding.SeedSet Seeds = TestData.Seeds;

    public QueryTests(Db db) => q = new DashboardQueries(db.Database);

    [Fact]
    public async Task Unfiltered_lists_hold_the_whole_data_set()
    {
        Assert.Equal(Seeds.Events.Count, (await q.EventsAsync(DashboardFilter.None)).Count);
        Assert.Equal(Seeds.FundingRounds.Count, (await q.FundingRoundsAsync(DashboardFilter.None)).Count);
        Assert.Equal(Seeds.Organizations.Count, (await q.OrganizationsAsync(DashboardFilter.None)).Count);
        Assert.Equal(Seeds.Metrics.Count, (await q.MetricsAsync(DashboardFilter.None)).Count);
        Assert.Equal(Seeds.Placements.Count, (await q.PlacementsAsync(DashboardFilter.None)).Count);
    }

    [Fact]
    public async Task Events_come_in_date_order_with_their_precision_and_organizations()
    {
        var events = await q.EventsAsync(DashboardFilter.None);
        Assert.Equal(events.OrderBy(e => e.When.Start).Select(e => e.When.Start), events.Select(e => e.When.Start));
        var plus = events.Single(e => e.Id == "ev-chatgpt-plus-launch");
        Assert.Equal(DatePrecision.Month, plus.When.Precision);
        Assert.Contains(plus.Organizations, o => o.Id == "openai");
    }

    [Fact]
    public async Task Region_CN_tells_Chinas_story_without_DALL_E_2()
    {
        var events = await q.EventsAsync(new DashboardFilter { Regions = ["CN"] });
        Assert.All(events, e => Assert.Equal("CN", e.Region));
        Assert.DoesNotContain(events, e => e.Id == "ev-dalle2-launch");
        Assert.Contains(events, e => e.When.ToString() == "2023-08-31" && e.Category == "regulatory-approval");
        Assert.Equal(Seeds.Events.Count(e => e.Region == "CN"), events.Count);
    }

    [Fact]
    public async Task Funding_by_region_follows_the_company_headquarters()
    {
        var us = await q.FundingRoundsAsync(new DashboardFilter { Regions = ["US"] });
        var orgRegion = Seeds.Organizations.ToDictionary(o => o.Id, o => o.Region);
        Assert.Equal(Seeds.FundingRounds.Count(r => orgRegion[r.OrgId] == "US"), us.Count);
        Assert.All(us, r => Assert.Equal("US", r.Organization.Region));
        Assert.DoesNotContain(us, r => r.Organization.Id == "stability-ai");
    }

    [Fact]
    public async Task Date_range_is_inclusive_on_both_ends()
    {
        var f = new DashboardFilter { From = new DateOnly(2022, 4, 6), To = new DateOnly(2022, 8, 22) };
        var events = await q.EventsAsync(f);
        Assert.Contains(events, e => e.Id == "ev-dalle2-launch");
        Assert.Contains(events, e => e.Id == "ev-stable-diffusion-release");
        Assert.All(events, e => Assert.InRange(e.When.Start, f.From!.Value, f.To!.Value));
    }

    [Fact]
    public async Task Stage_filter_keeps_organizations_placed_in_that_stage()
    {
        var placedInOriginal = Seeds.Placements.Where(p => p.Stage == "original").Select(p => p.OrgId).ToHashSet();
        var orgs = await q.OrganizationsAsync(new DashboardFilter { Stage = "original" });
        Assert.Equal(placedInOriginal.Order(), orgs.Select(o => o.Id).Order());
    }

    [Fact]
    public async Task Category_filter_narrows_events()
    {
        var funding = await q.EventsAsync(new DashboardFilter { Category = "funding" });
        Assert.NotEmpty(funding);
        Assert.All(funding, e => Assert.Equal("funding", e.Category));
    }

    [Fact]
    public async Task Overview_figures_are_computed_from_the_filtered_data()
    {
        var all = await q.OverviewAsync(DashboardFilter.None);
        Assert.Equal(Seeds.Events.Count, all.Events);
        Assert.Equal(Seeds.FundingRounds.Count, all.FundingRounds);
        var usd = Assert.Single(all.FundingByCurrency, t => t.Currency == "USD");
        Assert.Equal(Seeds.FundingRounds.Where(r => r.Currency == "USD").Sum(r => r.Amount!.Value), usd.Amount);
        Assert.Equal("stability-ai", all.LargestRound?.Organization.Id);
        Assert.Equal(Seeds.Events.Count(e => e.Region == "CN" && DashboardQueries.ChineseLaunchCategories.Contains(e.Category)), all.ChineseApprovals);
        Assert.Equal(all.Events, all.EventsByYear.Sum(c => c.Value));

        var cn = await q.OverviewAsync(new DashboardFilter { Regions = ["CN"] });
        Assert.Equal(Seeds.Events.Count(e => e.Region == "CN"), cn.Events);
        Assert.Empty(cn.FundingByCurrency);
    }

    [Fact]
    public async Task Sources_count_the_records_each_article_supports()
    {
        var sources = await q.SourcesAsync(DashboardFilter.None);
        Assert.Equal(["S0", "S1", "S2", "S3", "S4"], sources.Select(s => s.Id));
        foreach (var s in sources)
        {
            Assert.Equal(Seeds.Events.Count(e => e.Source == s.Id), s.Events);
            Assert.Equal(Seeds.Metrics.Count(m => m.Source == s.Id), s.Metrics);
            Assert.Equal(Seeds.Placements.Count(p => p.Source == s.Id), s.Placements);
        }
        Assert.Equal(Seeds.Events.Count + Seeds.Organizations.Count + Seeds.FundingRounds.Count + Seeds.Metrics.Count + Seeds.Placements.Count,
            sources.Sum(s => s.Total));
    }

    [Fact]
    public async Task Source_counts_follow_the_filter()
    {
        var cn = await q.SourcesAsync(new DashboardFilter { Regions = ["CN"] });
        Assert.Equal(Seeds.Events.Count(e => e.Region == "CN" && e.Source == "S1"), cn.Single(s => s.Id == "S1").Events);
        Assert.Equal(0, cn.Sum(s => s.FundingRounds));
    }

    [Theory]
    [InlineData("enterprise-type")]
    [InlineData("business-model")]
    [InlineData("modality")]
    [InlineData("region")]
    [InlineData("audience")]
    public async Task Matrix_places_every_placement_in_each_of_its_cells(string axis)
    {
        var m = await q.MatrixAsync(DashboardFilter.None, axis);
        Assert.Equal(["novelty", "assistance", "original"], m.Stages.Select(s => s.Id));
        Assert.Equal(m.Stages.Count * m.Columns.Count, m.Cells.Count);
        int CellsOf(Seeding.PlacementSeed p) => axis switch
        {
            "business-model" => Math.Max(1, p.BusinessModels.Count),
            "modality" => Math.Max(1, p.Modalities.Count),
            _ => 1,
        };
        Assert.Equal(Seeds.Placements.Sum(CellsOf), m.Cells.Sum(c => c.Count));
        Assert.All(m.Cells, c => Assert.All(c.Items, p => Assert.Equal(c.Stage, p.Stage)));
    }

    [Fact]
    public async Task Placements_follow_date_and_category_through_their_organizations_events()
    {
        var approvals = await q.PlacementsAsync(new DashboardFilter { Category = "regulatory-approval" });
        var approved = Seeds.Events.Where(e => e.Category == "regulatory-approval").SelectMany(e => e.OrgIds).ToHashSet();
        Assert.NotEmpty(approvals);
        Assert.All(approvals, p => Assert.Contains(p.Organization.Id, approved));

        var in2023 = await q.PlacementsAsync(new DashboardFilter { From = new DateOnly(2023, 1, 1), To = new DateOnly(2023, 12, 31) });
        Assert.Contains(in2023, p => p.Organization.Id == "baidu");
        Assert.DoesNotContain(in2023, p => p.Organization.Id == "hour-one"); // its one event and round are in 2022
    }

    [Fact]
    public async Task All_three_stages_hold_placements()
    {
        var m = await q.MatrixAsync(DashboardFilter.None, "enterprise-type");
        Assert.All(m.Stages, s => Assert.True(m.Cells.Where(c => c.Stage == s.Id).Sum(c => c.Count) > 0, s.Id));
    }

    [Fact]
    public async Task Matrix_by_enterprise_type_puts_OpenAI_on_the_platform_column()
    {
        var m = await q.MatrixAsync(DashboardFilter.None, "enterprise-type");
        Assert.Contains(m.Cells.Where(c => c.Column == "platform").SelectMany(c => c.Items), p => p.Organization.Id == "openai");
        Assert.Equal(["platform", "application", "intelligentized"], m.Columns.Select(c => c.Id));
    }

    [Fact]
    public async Task The_figures_table_is_sorted_and_paged_by_the_database()
    {
        var (byValue, total) = await q.MetricsPageAsync(DashboardFilter.None, "value", descending: true, zh: false, offset: 0, limit: 20);
        Assert.Equal(Seeds.Metrics.Count, total);
        Assert.Equal(20, byValue.Count);
        Assert.Equal(Seeds.Metrics.Max(m => m.Value), byValue[0].Value);
        Assert.Equal(byValue.Select(m => m.Value).OrderDescending(), byValue.Select(m => m.Value));

        var (last, _) = await q.MetricsPageAsync(DashboardFilter.None, "value", descending: true, zh: false, offset: 20 * (total / 20), limit: 20);
        Assert.Equal(total % 20, last.Count);

        // By date, figures with no date come last, in both directions.
        var (allByDate, _) = await q.MetricsPageAsync(DashboardFilter.None, "date", descending: false, zh: true, offset: 0, limit: 1000);
        var dated = allByDate.TakeWhile(m => m.When is not null).ToList();
        Assert.Equal(Seeds.Metrics.Count(m => m.Date is not null), dated.Count);
        Assert.Equal(dated.Select(m => m.When!.Value.Start).Order(), dated.Select(m => m.When!.Value.Start));
        var (descending, _) = await q.MetricsPageAsync(DashboardFilter.None, "date", descending: true, zh: true, offset: 0, limit: 1000);
        var datedDescending = descending.TakeWhile(m => m.When is not null).Select(m => m.When!.Value.Start).ToList();
        Assert.Equal(dated.Count, datedDescending.Count);
        Assert.Equal(datedDescending.OrderDescending(), datedDescending);
        Assert.Equal(allByDate.Select(m => m.Id).Order(), descending.Select(m => m.Id).Order());
    }

    [Fact]
    public async Task The_figures_table_keeps_to_the_filter()
    {
        var filter = new DashboardFilter { Regions = ["CN"] };
        var (rows, total) = await q.MetricsPageAsync(filter, "subject", descending: false, zh: true, offset: 0, limit: 1000);
        Assert.Equal((await q.MetricsAsync(filter)).Count, total);
        Assert.All(rows, m => Assert.Equal("CN", m.Region));
        Assert.Equal(rows.Select(m => m.SubjectZh).Order(StringComparer.Ordinal), rows.Select(m => m.SubjectZh));
    }

    [Fact]
    public async Task Reads_may_run_at_once_each_on_a_context_of_its_own()
    {
        // A circuit's components load concurrently; on PostgreSQL their queries really overlap.
        var f = new DashboardFilter { Regions = ["CN", "US"] };
        var reads = await Task.WhenAll(
            q.OverviewAsync(f).ContinueWith(t => t.Result.Events),
            q.EventsAsync(f).ContinueWith(t => t.Result.Count),
            q.PlacementsAsync(f).ContinueWith(t => t.Result.Count),
            q.SourcesAsync(f).ContinueWith(t => t.Result.Count));
        Assert.Equal(reads[0], reads[1]);
        Assert.Equal(5, reads[3]);
    }
}
