using AigcDashboard.Core.Data;
using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Timeline;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Core.Queries;

/// <summary>
/// Every read the dashboard and the API make: the filter is applied here, in one place, and the
/// results are projected to read models with no tracking. Each public method reads through a
/// context of its own, made for it and disposed after it, so the service is safe to share and to
/// call concurrently (a Blazor circuit holds no DbContext).
/// </summary>
public sealed class DashboardQueries(IDbContextFactory<DashboardDbContext> contexts)
{
    /// <summary>Runs one query method on a short-lived context.</summary>
    private async Task<T> Read<T>(Func<DashboardDbContext, Task<T>> query, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await query(db);
    }

    public Task<IReadOnlyList<EventRow>> EventsAsync(DashboardFilter f, CancellationToken ct = default) => Read(db => EventsAsync(db, f, ct), ct);
    public Task<(IReadOnlyList<EventRow> Rows, int Total)> EventsPageAsync(DashboardFilter f, int offset, int limit, CancellationToken ct = default) => Read(db => EventsPageAsync(db, f, offset, limit, ct), ct);
    public Task<(DateOnly First, DateOnly Last)?> EventRangeAsync(DashboardFilter f, CancellationToken ct = default) => Read(db => EventRangeAsync(db, f, ct), ct);
    public Task<IReadOnlyList<TimelineEntry>> TimelineEntriesAsync(DashboardFilter f, TimelineWindow window, int detailLimit, CancellationToken ct = default) => Read(db => TimelineEntriesAsync(db, f, window, detailLimit, ct), ct);
    public Task<(IReadOnlyList<EventRow> Rows, int Total)> EventsInWindowPageAsync(DashboardFilter f, TimelineWindow window, string sort, bool descending, bool zh, int offset, int limit, CancellationToken ct = default) => Read(db => EventsInWindowPageAsync(db, f, window, sort, descending, zh, offset, limit, ct), ct);
    public Task<IReadOnlyList<EventRow>> EventsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Read(db => EventsByIdAsync(db, ids, ct), ct);
    public Task<EventDetail?> EventDetailAsync(string id, int maxMetrics = 6, CancellationToken ct = default) => Read(db => EventDetailAsync(db, id, maxMetrics, ct), ct);
    public Task<IReadOnlyList<FundingRoundRow>> FundingRoundsAsync(DashboardFilter f, CancellationToken ct = default) => Read(db => FundingRoundsAsync(db, f, ct), ct);
    public Task<IReadOnlyList<FundingRoundRow>> FundingRoundFiguresAsync(DashboardFilter f, CancellationToken ct = default) => Read(db => FundingRoundFiguresAsync(db, f, ct), ct);
    public Task<IReadOnlyList<FundingRoundRow>> FundingRoundsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Read(db => FundingRoundsByIdAsync(db, ids, ct), ct);
    public Task<(IReadOnlyList<FundingRoundRow> Rows, int Total)> FundingRoundsPageAsync(DashboardFilter f, int offset, int limit, CancellationToken ct = default) => Read(db => FundingRoundsPageAsync(db, f, offset, limit, ct), ct);
    public Task<IReadOnlyList<OrganizationRow>> OrganizationsAsync(DashboardFilter f, CancellationToken ct = default) => Read(db => OrganizationsAsync(db, f, ct), ct);
    public Task<IReadOnlyList<MetricRow>> MetricsAsync(DashboardFilter f, CancellationToken ct = default) => Read(db => MetricsAsync(db, f, ct), ct);
    public Task<(IReadOnlyList<MetricRow> Rows, int Total)> MetricsPageAsync(DashboardFilter f, string sort, bool descending, bool zh, int offset, int limit, CancellationToken ct = default) => Read(db => MetricsPageAsync(db, f, sort, descending, zh, offset, limit, ct), ct);
    public Task<IReadOnlyList<PlacementRow>> PlacementsAsync(DashboardFilter f, CancellationToken ct = default) => Read(db => PlacementsAsync(db, f, ct), ct);
    public Task<OrgRef?> OrganizationAsync(string id, CancellationToken ct = default) => Read(db => OrganizationAsync(db, id, ct), ct);
    public Task<IReadOnlyList<FxRate>> FxRatesAsync(CancellationToken ct = default) => Read(db => FxRatesAsync(db, ct), ct);
    public Task<IReadOnlyList<Source>> SourceListAsync(CancellationToken ct = default) => Read(db => SourceListAsync(db, ct), ct);
    public Task<IReadOnlyList<string>> RegionsAsync(CancellationToken ct = default) => Read(db => RegionsAsync(db, ct), ct);
    public Task<IReadOnlyList<TermRow>> FrameworkAsync(CancellationToken ct = default) => Read(db => FrameworkAsync(db, ct), ct);
    public Task<IReadOnlyList<SourceRow>> SourcesAsync(DashboardFilter f, CancellationToken ct = default) => Read(db => SourcesAsync(db, f, ct), ct);
    public Task<MatrixResult> MatrixAsync(DashboardFilter f, string axis, CancellationToken ct = default) => Read(db => MatrixAsync(db, f, axis, ct), ct);
    public Task<OverviewFigures> OverviewAsync(DashboardFilter f, CancellationToken ct = default) => Read(db => OverviewAsync(db, f, ct), ct);

    // ---- filters, per record type ------------------------------------------------------------

    private static IQueryable<Event> FilteredEvents(DashboardDbContext db, DashboardFilter f)
    {
        var q = db.Events.AsNoTracking();
        if (f.Regions.Count > 0) q = q.Where(e => e.Region != null && f.Regions.Contains(e.Region));
        if (f.Stage is not null) q = q.Where(e => e.Stage == f.Stage);
        if (f.Category is not null) q = q.Where(e => e.Category == f.Category);
        if (f.From is { } from) q = q.Where(e => e.Date >= from);
        if (f.To is { } to) q = q.Where(e => e.Date <= to);
        if (f.Organization is { } org) q = q.Where(e => e.Organizations.Any(o => o.OrganizationId == org));
        if (f.Search is { } text)
        {
            var s = text.ToLower();
            q = q.Where(e => e.TitleZh.ToLower().Contains(s) || e.TitleEn.ToLower().Contains(s)
                || e.DescriptionZh.ToLower().Contains(s) || e.DescriptionEn.ToLower().Contains(s)
                || e.Organizations.Any(o => o.Organization!.NameZh.ToLower().Contains(s) || o.Organization.NameEn.ToLower().Contains(s)));
        }
        return q;
    }

    /// <summary>Organizations matching the region filter and, with a stage filter, placed in that stage.</summary>
    private static IQueryable<Organization> FilteredOrganizationsByRegionAndStage(DashboardDbContext db, DashboardFilter f)
    {
        var q = db.Organizations.AsNoTracking();
        if (f.Organization is { } org) q = q.Where(o => o.Id == org);
        if (f.Regions.Count > 0) q = q.Where(o => o.Region != null && f.Regions.Contains(o.Region));
        if (f.Stage is not null) q = q.Where(o => db.Placements.Any(p => p.OrganizationId == o.Id && p.Stage == f.Stage));
        return q;
    }

    private static IQueryable<FundingRound> FilteredRounds(DashboardDbContext db, DashboardFilter f)
    {
        var q = db.FundingRounds.AsNoTracking();
        if (f.Organization is { } org) q = q.Where(r => r.OrganizationId == org);
        if (f.Regions.Count > 0 || f.Stage is not null)
        {
            var orgs = FilteredOrganizationsByRegionAndStage(db, f).Select(o => o.Id);
            q = q.Where(r => orgs.Contains(r.OrganizationId));
        }
        if (f.From is { } from) q = q.Where(r => r.Date >= from);
        if (f.To is { } to) q = q.Where(r => r.Date <= to);
        return q;
    }

    private static IQueryable<Metric> FilteredMetrics(DashboardDbContext db, DashboardFilter f)
    {
        var q = db.Metrics.AsNoTracking();
        if (f.Organization is { } org) q = q.Where(m => m.OrganizationId == org);
        if (f.Regions.Count > 0) q = q.Where(m => m.Region != null && f.Regions.Contains(m.Region));
        if (f.Stage is not null) q = q.Where(m => db.Placements.Any(p => p.OrganizationId == m.OrganizationId && p.Stage == f.Stage));
        if (f.From is { } from) q = q.Where(m => m.Date >= from);
        if (f.To is { } to) q = q.Where(m => m.Date <= to);
        return q;
    }

    private static IQueryable<Organization> FilteredOrganizations(DashboardDbContext db, DashboardFilter f)
    {
        var q = FilteredOrganizationsByRegionAndStage(db, f);
        if (f.From is not null || f.To is not null)
        {
            // An organization is "in" a date range when something dated happened to it there.
            var fromEvents = FilteredEvents(db, f with { Regions = [], Stage = null, Category = null, Search = null, Organization = null })
                .SelectMany(e => e.Organizations.Select(o => o.OrganizationId));
            var fromRounds = FilteredRounds(db, f with { Regions = [], Stage = null, Organization = null }).Select(r => r.OrganizationId);
            q = q.Where(o => fromEvents.Contains(o.Id) || fromRounds.Contains(o.Id));
        }
        return q;
    }

    /// <summary>Placements are undated: a date range or event category keeps those whose
    /// organization has an event (or, for a date range, a round) that matches.</summary>
    private static IQueryable<Placement> FilteredPlacements(DashboardDbContext db, DashboardFilter f)
    {
        var q = db.Placements.AsNoTracking();
        if (f.Organization is { } org) q = q.Where(p => p.OrganizationId == org);
        if (f.Regions.Count > 0) q = q.Where(p => p.Organization!.Region != null && f.Regions.Contains(p.Organization.Region));
        if (f.Stage is not null) q = q.Where(p => p.Stage == f.Stage);
        if (f.From is not null || f.To is not null || f.Category is not null)
        {
            var active = FilteredEvents(db, f with { Regions = [], Stage = null, Search = null, Organization = null })
                .SelectMany(e => e.Organizations.Select(o => o.OrganizationId));
            if (f.Category is null)
                active = active.Concat(FilteredRounds(db, f with { Regions = [], Stage = null, Organization = null }).Select(r => r.OrganizationId));
            q = q.Where(p => active.Contains(p.OrganizationId));
        }
        return q;
    }

    // ---- record lists -------------------------------------------------------------------------

    private static async Task<IReadOnlyList<EventRow>> EventsAsync(DashboardDbContext db, DashboardFilter f, CancellationToken ct) =>
        await EventRows(FilteredEvents(db, f), ct);

    /// <summary>One page of the filtered events in date order, and how many there are in all.</summary>
    private static async Task<(IReadOnlyList<EventRow> Rows, int Total)> EventsPageAsync(DashboardDbContext db, DashboardFilter f, int offset, int limit, CancellationToken ct)
    {
        var q = FilteredEvents(db, f);
        var ids = await q.OrderBy(e => e.Date).ThenBy(e => e.Precision).ThenBy(e => e.Id).Skip(offset).Take(limit).Select(e => e.Id).ToListAsync(ct);
        return (await EventsByIdAsync(db, ids, ct), await q.CountAsync(ct));
    }

    // ---- the timeline ---------------------------------------------------------------------------

    /// <summary>The first start and the last end of the filtered events; null when none match.</summary>
    private static async Task<(DateOnly First, DateOnly Last)?> EventRangeAsync(DashboardDbContext db, DashboardFilter f, CancellationToken ct)
    {
        var q = FilteredEvents(db, f);
        var first = await q.OrderBy(e => e.Date).Select(e => new { e.Date }).FirstOrDefaultAsync(ct);
        if (first is null) return null;
        // Periods never cross a year, and the window is made of whole years, but be exact anyway:
        // the latest end is the end of one of the latest-starting events.
        var lastDate = await q.OrderByDescending(e => e.Date).Select(e => e.Date).FirstAsync(ct);
        var precision = await q.Where(e => e.Date == lastDate).MaxAsync(e => e.Precision, ct);
        return (first.Date, new PartialDate(lastDate, precision).End);
    }

    /// <summary>The events whose period overlaps the window. An event known to the month, quarter
    /// or year is stored under its period's first day, at most a year before the window; one range
    /// on the date (so that its index serves it) narrows the search before the exact test.</summary>
    private static IQueryable<Event> InWindow(IQueryable<Event> q, TimelineWindow window)
    {
        if (window.IsWhole) return q; // the whole range is made to hold every event
        var (start, end) = (window.Start, window.End);
        var (earliest, month, quarter) = (start.AddYears(-1), start.AddMonths(-1), start.AddMonths(-3));
        return q.Where(e => e.Date > earliest && e.Date < end && (e.Date >= start
            || (e.Precision == DatePrecision.Month && e.Date > month)
            || (e.Precision == DatePrecision.Quarter && e.Date > quarter)
            || e.Precision == DatePrecision.Year));
    }

    /// <summary>
    /// What the timeline chart places in a window: every event, with its date, lane and titles,
    /// when there are at most <paramref name="detailLimit"/>; else the events counted by the
    /// database per lane and per period of the next zoom level (years of the whole range, quarters
    /// of a year, months of a quarter, days of a month), the highlighted ones still one by one.
    /// An event known less exactly than such a period keeps its own.
    /// </summary>
    private static async Task<IReadOnlyList<TimelineEntry>> TimelineEntriesAsync(DashboardDbContext db, DashboardFilter f, TimelineWindow window, int detailLimit, CancellationToken ct)
    {
        var q = InWindow(FilteredEvents(db, f), window);
        var marks = await Marks(q.OrderBy(e => e.Date).Take(detailLimit + 1), ct);
        if (marks.Count <= detailLimit) return marks.Select(TimelineEntry.Of).ToList();

        var entries = (await Marks(q.Where(e => e.Highlight), ct)).Select(TimelineEntry.Of).ToList();
        var plain = q.Where(e => !e.Highlight);
        var unit = window.Period?.Precision switch
        {
            null => DatePrecision.Year,
            DatePrecision.Year => DatePrecision.Quarter,
            DatePrecision.Quarter => DatePrecision.Month,
            _ => DatePrecision.Day,
        };
        var counts = unit == DatePrecision.Day
            ? await plain.GroupBy(e => new { e.Category, China = e.Region == "CN", e.Precision, e.Date })
                .Select(g => new { g.Key.Category, g.Key.China, When = new PartialDate(g.Key.Date, g.Key.Precision), Count = g.Count() })
                .ToListAsync(ct)
            : (await plain.GroupBy(e => new { e.Category, China = e.Region == "CN", e.Precision, e.Date.Year, e.Date.Month })
                .Select(g => new { g.Key.Category, g.Key.China, g.Key.Precision, g.Key.Year, g.Key.Month, Count = g.Count() })
                .ToListAsync(ct))
                .Select(g => new { g.Category, g.China, When = Period(new PartialDate(new DateOnly(g.Year, g.Month, 1), g.Precision), unit), g.Count })
                .ToList();
        entries.AddRange(counts
            .GroupBy(g => (Lane: Lanes.Of(g.Category, g.China ? "CN" : null), g.When))
            .Select(g => new TimelineEntry(g.Key.Lane, g.Key.When, g.Sum(x => x.Count), null)));
        return entries;

        // The period of a unit that holds a date, unless the date is known less exactly.
        static PartialDate Period(PartialDate d, DatePrecision unit) => d.Precision >= unit ? d : unit switch
        {
            DatePrecision.Year => new(new DateOnly(d.Start.Year, 1, 1), unit),
            DatePrecision.Quarter => new(new DateOnly(d.Start.Year, (d.Start.Month - 1) / 3 * 3 + 1, 1), unit),
            _ => new(new DateOnly(d.Start.Year, d.Start.Month, 1), unit),
        };
    }

    /// <summary>A page of the events in a window in a table's order (ties by date, then id), and
    /// how many there are in all. Titles sort in the shown language.</summary>
    private static async Task<(IReadOnlyList<EventRow> Rows, int Total)> EventsInWindowPageAsync(DashboardDbContext db, DashboardFilter f, TimelineWindow window, string sort, bool descending, bool zh, int offset, int limit, CancellationToken ct)
    {
        var q = InWindow(FilteredEvents(db, f), window);
        var ordered = sort switch
        {
            "title" => zh ? Order(q, e => e.TitleZh, descending) : Order(q, e => e.TitleEn, descending),
            "lane" => Order(q, Lanes.IndexOfEvent, descending),
            "category" => Order(q, e => e.Category, descending),
            "region" => Order(q, e => e.Region ?? "", descending),
            _ => Order(q, e => e.Date, descending),
        };
        ordered = descending ? ordered.ThenByDescending(e => e.Date) : ordered.ThenBy(e => e.Date);
        var ids = await ordered.ThenBy(e => e.Id).Skip(offset).Take(limit).Select(e => e.Id).ToListAsync(ct);
        return (await EventsByIdAsync(db, ids, ct), await q.CountAsync(ct));

        static IOrderedQueryable<Event> Order<TKey>(IQueryable<Event> q, System.Linq.Expressions.Expression<Func<Event, TKey>> key, bool desc) =>
            desc ? q.OrderByDescending(key) : q.OrderBy(key);
    }

    /// <summary>What the timeline chart needs of each event, and no more (no descriptions, no organizations).</summary>
    private static async Task<IReadOnlyList<EventRow>> Marks(IQueryable<Event> source, CancellationToken ct)
    {
        var rows = await source
            .Select(e => new { e.Id, e.Date, e.Precision, e.Category, e.Region, e.Stage, e.Highlight, e.TitleZh, e.TitleEn, e.SourceId })
            .ToListAsync(ct);
        return rows.Select(e => new EventRow(e.Id, new PartialDate(e.Date, e.Precision), e.Category, e.Region, e.Stage, e.Highlight,
            e.TitleZh, e.TitleEn, "", "", [], new Provenance(e.SourceId, "", ""))).ToList();
    }

    private static async Task<IReadOnlyList<EventRow>> EventRows(IQueryable<Event> source, CancellationToken ct)
    {
        var rows = await source
            .OrderBy(e => e.Date).ThenBy(e => e.Precision).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id, e.Date, e.Precision, e.Category, e.Region, e.Stage, e.Highlight, e.TitleZh, e.TitleEn, e.DescriptionZh, e.DescriptionEn,
                e.SourceId, e.Locator, e.Basis,
                Orgs = e.Organizations.OrderBy(o => o.OrganizationId)
                    .Select(o => new OrgRef(o.OrganizationId, o.Organization!.NameZh, o.Organization.NameEn, o.Organization.Region)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return rows.Select(e => new EventRow(e.Id, new PartialDate(e.Date, e.Precision), e.Category, e.Region, e.Stage, e.Highlight,
            e.TitleZh, e.TitleEn, e.DescriptionZh, e.DescriptionEn, e.Orgs, new Provenance(e.SourceId, e.Locator, e.Basis))).ToList();
    }

    /// <summary>Events by id (in the order given; unknown ids are left out).</summary>
    private static async Task<IReadOnlyList<EventRow>> EventsByIdAsync(DashboardDbContext db, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var rows = await EventRows(db.Events.AsNoTracking().Where(e => ids.Contains(e.Id)), ct);
        return ids.Select(id => rows.FirstOrDefault(r => r.Id == id)).OfType<EventRow>().ToList();
    }

    /// <summary>One event with its organizations' funding rounds and their reported figures (nearest in time first).</summary>
    private static async Task<EventDetail?> EventDetailAsync(DashboardDbContext db, string id, int maxMetrics, CancellationToken ct)
    {
        var e = (await EventsByIdAsync(db, [id], ct)).FirstOrDefault();
        if (e is null) return null;
        var orgs = e.Organizations.Select(o => o.Id).ToList();
        var rounds = await RoundRows(db.FundingRounds.AsNoTracking().Where(r => orgs.Contains(r.OrganizationId)), ct);
        var metrics = (await MetricRows(db.Metrics.AsNoTracking().Where(m => m.OrganizationId != null && orgs.Contains(m.OrganizationId)), ct))
            .OrderBy(m => m.When is { } w ? Math.Abs(w.Start.DayNumber - e.When.Start.DayNumber) : int.MaxValue).ThenBy(m => m.Id)
            .Take(maxMetrics).ToList();
        return new EventDetail(e, rounds, metrics);
    }

    private static async Task<IReadOnlyList<FundingRoundRow>> FundingRoundsAsync(DashboardDbContext db, DashboardFilter f, CancellationToken ct) =>
        await RoundRows(FilteredRounds(db, f), ct);

    /// <summary>What the funding charts need of each filtered round: its organization, date, round
    /// and figures; no investors, notes or source locators (<see cref="FundingRoundsByIdAsync"/> has those).</summary>
    private static async Task<IReadOnlyList<FundingRoundRow>> FundingRoundFiguresAsync(DashboardDbContext db, DashboardFilter f, CancellationToken ct)
    {
        var rows = await FilteredRounds(db, f)
            .OrderBy(r => r.Date).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id, Org = new OrgRef(r.OrganizationId, r.Organization!.NameZh, r.Organization.NameEn, r.Organization.Region),
                r.Date, r.Precision, r.Round, r.Amount, r.Currency, r.Valuation, r.ValuationCurrency, r.SourceId,
            })
            .ToListAsync(ct);
        return rows.Select(r => new FundingRoundRow(r.Id, r.Org, new PartialDate(r.Date, r.Precision), r.Round,
            r.Amount, r.Currency, null, r.Valuation, r.ValuationCurrency, null, [], [], null, null, new Provenance(r.SourceId, "", ""))).ToList();
    }

    /// <summary>Rounds in full by id (in the order given; unknown ids are left out).</summary>
    private static async Task<IReadOnlyList<FundingRoundRow>> FundingRoundsByIdAsync(DashboardDbContext db, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var rows = (await RoundRows(db.FundingRounds.AsNoTracking().Where(r => ids.Contains(r.Id)), ct)).ToDictionary(r => r.Id);
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
    }

    /// <summary>One page of the filtered rounds (by date), and how many there are in all.</summary>
    private static async Task<(IReadOnlyList<FundingRoundRow> Rows, int Total)> FundingRoundsPageAsync(DashboardDbContext db, DashboardFilter f, int offset, int limit, CancellationToken ct)
    {
        var q = FilteredRounds(db, f);
        return (await RoundRows(q.OrderBy(r => r.Date).ThenBy(r => r.Id).Skip(offset).Take(limit), ct), await q.CountAsync(ct));
    }

    private static async Task<IReadOnlyList<FundingRoundRow>> RoundRows(IQueryable<FundingRound> source, CancellationToken ct)
    {
        var rows = await source
            .OrderBy(r => r.Date).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id, Org = new OrgRef(r.OrganizationId, r.Organization!.NameZh, r.Organization.NameEn, r.Organization.Region),
                r.Date, r.Precision, r.Round, r.Amount, r.Currency, r.Reported, r.Valuation, r.ValuationCurrency, r.ValuationReported,
                r.NoteZh, r.NoteEn, r.SourceId, r.Locator, r.Basis,
                Investors = r.Investors.OrderBy(i => i.OrganizationId)
                    .Select(i => new { i.IsLead, Org = new OrgRef(i.OrganizationId, i.Organization!.NameZh, i.Organization.NameEn, i.Organization.Region) })
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return rows.Select(r => new FundingRoundRow(r.Id, r.Org, new PartialDate(r.Date, r.Precision), r.Round,
            r.Amount, r.Currency, r.Reported, r.Valuation, r.ValuationCurrency, r.ValuationReported,
            r.Investors.Where(i => i.IsLead).Select(i => i.Org).ToList(), r.Investors.Where(i => !i.IsLead).Select(i => i.Org).ToList(),
            r.NoteZh, r.NoteEn, new Provenance(r.SourceId, r.Locator, r.Basis))).ToList();
    }

    private static async Task<IReadOnlyList<OrganizationRow>> OrganizationsAsync(DashboardDbContext db, DashboardFilter f, CancellationToken ct) =>
        await FilteredOrganizations(db, f)
            .OrderBy(o => o.NameEn).ThenBy(o => o.Id)
            .Select(o => new OrganizationRow(o.Id, o.NameZh, o.NameEn, o.Region, o.Kind, o.DescriptionZh, o.DescriptionEn,
                new Provenance(o.SourceId, o.Locator, o.Basis)))
            .ToListAsync(ct);

    private static async Task<IReadOnlyList<MetricRow>> MetricsAsync(DashboardDbContext db, DashboardFilter f, CancellationToken ct) =>
        await MetricRows(FilteredMetrics(db, f), ct);

    /// <summary>The orders the reported figures' table offers.</summary>
    public static readonly IReadOnlyList<string> MetricSortKeys = ["date", "subject", "kind", "value", "region"];

    /// <summary>A page of the filtered figures in a table's order (ties by date, then id), and how
    /// many there are in all. Subjects sort in the shown language; figures without a date last.</summary>
    private static async Task<(IReadOnlyList<MetricRow> Rows, int Total)> MetricsPageAsync(
        DashboardDbContext db, DashboardFilter f, string sort, bool descending, bool zh, int offset, int limit, CancellationToken ct)
    {
        var q = FilteredMetrics(db, f);
        var ordered = sort switch
        {
            "subject" => zh ? Order(q, m => m.SubjectZh, descending) : Order(q, m => m.SubjectEn, descending),
            "kind" => Order(q, m => m.Kind, descending),
            "value" => Order(q, m => m.Value, descending),
            "region" => Order(q, m => m.Region ?? "", descending),
            _ => Order(q, m => m.Date == null, false).ThenBy(m => m.Date),
        };
        if (sort == "date" && descending) ordered = q.OrderBy(m => m.Date == null).ThenByDescending(m => m.Date);
        var page = ordered.ThenBy(m => m.Id).Skip(offset).Take(limit);
        return (await MetricRows(page, ct, ordered: true), await q.CountAsync(ct));

        static IOrderedQueryable<Metric> Order<TKey>(IQueryable<Metric> q, System.Linq.Expressions.Expression<Func<Metric, TKey>> key, bool desc) =>
            desc ? q.OrderByDescending(key) : q.OrderBy(key);
    }

    private static async Task<IReadOnlyList<MetricRow>> MetricRows(IQueryable<Metric> source, CancellationToken ct, bool ordered = false)
    {
        var rows = await (ordered ? source : source.OrderBy(m => m.Date).ThenBy(m => m.Id))
            .Select(m => new
            {
                m.Id, m.Kind,
                Org = m.OrganizationId == null ? null : new OrgRef(m.OrganizationId, m.Organization!.NameZh, m.Organization.NameEn, m.Organization.Region),
                m.Region, m.SubjectZh, m.SubjectEn, m.Value, m.ValueHigh, m.Unit, m.Currency, m.Approximate, m.Date, m.Precision,
                m.Reported, m.SourceId, m.Locator, m.Basis,
            })
            .ToListAsync(ct);
        return rows.Select(m => new MetricRow(m.Id, m.Kind, m.Org, m.Region, m.SubjectZh, m.SubjectEn, m.Value, m.ValueHigh, m.Unit,
            m.Currency, m.Approximate, m.Date is { } d && m.Precision is { } p ? new PartialDate(d, p) : null, m.Reported,
            new Provenance(m.SourceId, m.Locator, m.Basis))).ToList();
    }

    private static async Task<IReadOnlyList<PlacementRow>> PlacementsAsync(DashboardDbContext db, DashboardFilter f, CancellationToken ct)
    {
        var rows = await FilteredPlacements(db, f)
            .OrderBy(p => p.Organization!.NameEn).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, Org = new OrgRef(p.OrganizationId, p.Organization!.NameZh, p.Organization.NameEn, p.Organization.Region),
                p.ProductZh, p.ProductEn, p.Stage, p.EnterpriseType, p.BusinessModels, p.Modalities, p.Audience,
                p.EvidenceZh, p.EvidenceEn, p.RationaleZh, p.RationaleEn, p.SourceId, p.Locator, p.Basis,
            })
            .ToListAsync(ct);
        return rows.Select(p => new PlacementRow(p.Id, p.Org, p.ProductZh, p.ProductEn, p.Stage, p.EnterpriseType, p.BusinessModels,
            p.Modalities, p.Audience, p.EvidenceZh, p.EvidenceEn, p.RationaleZh, p.RationaleEn, new Provenance(p.SourceId, p.Locator, p.Basis))).ToList();
    }

    /// <summary>An organization by id, or null: how a filter naming one is checked and named.</summary>
    private static async Task<OrgRef?> OrganizationAsync(DashboardDbContext db, string id, CancellationToken ct) =>
        await db.Organizations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrgRef(o.Id, o.NameZh, o.NameEn, o.Region)).FirstOrDefaultAsync(ct);

    private static async Task<IReadOnlyList<FxRate>> FxRatesAsync(DashboardDbContext db, CancellationToken ct) =>
        await db.FxRates.AsNoTracking().OrderBy(r => r.Currency).ThenBy(r => r.Year).ToListAsync(ct);

    /// <summary>The five articles, without counts (what a printed page lists as its sources).</summary>
    private static async Task<IReadOnlyList<Source>> SourceListAsync(DashboardDbContext db, CancellationToken ct) =>
        await db.Sources.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);

    /// <summary>The regions the data set holds (organizations' and events'), for the filter bar.</summary>
    private static async Task<IReadOnlyList<string>> RegionsAsync(DashboardDbContext db, CancellationToken ct)
    {
        var orgRegions = db.Organizations.Where(o => o.Region != null).Select(o => o.Region!);
        var eventRegions = db.Events.Where(e => e.Region != null).Select(e => e.Region!);
        return await orgRegions.Union(eventRegions).OrderBy(r => r).ToListAsync(ct);
    }

    private static async Task<IReadOnlyList<TermRow>> FrameworkAsync(DashboardDbContext db, CancellationToken ct) =>
        await db.FrameworkTerms.AsNoTracking()
            .OrderBy(t => t.Axis).ThenBy(t => t.Order)
            .Select(t => new TermRow(t.Axis, t.Id, t.Order, t.NameZh, t.NameEn, t.DescriptionZh, t.DescriptionEn, t.SourceId, t.Locator))
            .ToListAsync(ct);

    /// <summary>The five articles, each with how many of the records matching the filter it supports.</summary>
    private static async Task<IReadOnlyList<SourceRow>> SourcesAsync(DashboardDbContext db, DashboardFilter f, CancellationToken ct)
    {
        async Task<Dictionary<string, int>> CountBy<T>(IQueryable<T> q) where T : class, IProvenance =>
            await q.GroupBy(x => x.SourceId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);

        var events = await CountBy(FilteredEvents(db, f));
        var orgs = await CountBy(FilteredOrganizations(db, f));
        var rounds = await CountBy(FilteredRounds(db, f));
        var metrics = await CountBy(FilteredMetrics(db, f));
        var placements = await CountBy(FilteredPlacements(db, f));
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);
        return sources.Select(s => new SourceRow(s.Id, s.File, s.TitleZh, s.TitleEn, s.PublisherZh, s.PublisherEn, s.Authors,
            s.Published, s.Script, s.SummaryZh, s.SummaryEn,
            events.GetValueOrDefault(s.Id), orgs.GetValueOrDefault(s.Id), rounds.GetValueOrDefault(s.Id),
            metrics.GetValueOrDefault(s.Id), placements.GetValueOrDefault(s.Id))).ToList();
    }

    // ---- aggregates ---------------------------------------------------------------------------

    private static async Task<MatrixResult> MatrixAsync(DashboardDbContext db, DashboardFilter f, string axis, CancellationToken ct) =>
        StageMatrix.Pivot(axis, await PlacementsAsync(db, f, ct), await FrameworkAsync(db, ct));

    /// <summary>What counts as a Chinese model "approval" on the overview: the regulator's clearances
    /// and filings, and the launches to the public that they allowed.</summary>
    public static readonly IReadOnlyList<string> ChineseLaunchCategories = ["regulatory-approval", "regulatory-filing", "public-opening"];

    /// <summary>How often each key occurs, most frequent first.</summary>
    private static async Task<IReadOnlyList<Count>> CountByAsync(IQueryable<string> keys, CancellationToken ct) =>
        (await keys.GroupBy(k => k).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            .OrderByDescending(c => c.N).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new Count(c.Key, c.N)).ToList();

    private static async Task<OverviewFigures> OverviewAsync(DashboardDbContext db, DashboardFilter f, CancellationToken ct)
    {
        var events = FilteredEvents(db, f);
        var rounds = FilteredRounds(db, f);

        var byCurrency = await rounds.Where(r => r.Amount != null && r.Currency != null)
            .GroupBy(r => r.Currency!)
            .Select(g => new MoneyTotal(g.Key, g.Sum(r => r.Amount!.Value), g.Count()))
            .ToListAsync(ct);

        var largestId = await rounds.Where(r => r.Amount != null && r.Currency == "USD")
            .OrderByDescending(r => r.Amount).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var largest = largestId is null ? null
            : (await RoundRows(db.FundingRounds.AsNoTracking().Where(r => r.Id == largestId), ct)).FirstOrDefault();

        var first = await events.OrderBy(e => e.Date).ThenByDescending(e => e.Precision)
            .Select(e => new { e.Date, e.Precision }).FirstOrDefaultAsync(ct);
        var last = await events.OrderByDescending(e => e.Date).ThenBy(e => e.Precision)
            .Select(e => new { e.Date, e.Precision }).FirstOrDefaultAsync(ct);

        var byYear = (await events.GroupBy(e => e.Date.Year).Select(g => new { Year = g.Key, N = g.Count() }).ToListAsync(ct))
            .OrderBy(g => g.Year).Select(g => new Count(g.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), g.N)).ToList();
        var byRegion = await CountByAsync(events.Select(e => e.Region ?? ""), ct);
        var byCategory = await CountByAsync(events.Select(e => e.Category), ct);

        var latestIds = await events.OrderByDescending(e => e.Date).ThenBy(e => e.Precision).ThenBy(e => e.Id).Take(6).Select(e => e.Id).ToListAsync(ct);
        var latest = await EventsByIdAsync(db, latestIds, ct);

        // Headline figures: the largest reported value of a few telling kinds, per kind.
        var metrics = await MetricsAsync(db, f, ct);
        var headlines = new[] { "users", "investment-total", "market-size", "model-count", "revenue" }
            .Select(kind => metrics.Where(m => m.Kind == kind).OrderByDescending(m => m.Value).FirstOrDefault())
            .OfType<MetricRow>().ToList();

        return new OverviewFigures(
            await events.CountAsync(ct),
            await FilteredOrganizations(db, f).CountAsync(ct),
            await rounds.CountAsync(ct),
            metrics.Count,
            await FilteredPlacements(db, f).CountAsync(ct),
            await db.Sources.CountAsync(ct),
            await events.CountAsync(e => e.Region == "CN" && ChineseLaunchCategories.Contains(e.Category), ct),
            first is null ? null : new PartialDate(first.Date, first.Precision),
            last is null ? null : new PartialDate(last.Date, last.Precision),
            byCurrency.OrderByDescending(c => c.Rounds).ThenBy(c => c.Currency).ToList(), largest,
            byYear, byRegion, byCategory, latest, headlines);
    }
}
