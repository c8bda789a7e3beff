using AigcDashboard.Core.Funding;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using AigcDashboard.Core.Timeline;
using AigcDashboard.Web.Model.Charts;

namespace AigcDashboard.Web.Model;

// The view models: what a page shows, computed from the database for one address and shared by
// every circuit that shows it (ViewCache). Immutable, and plain enough to be carried from the
// prerendered page into its circuit as JSON. Sizes are rough kilobytes, for the cache's bound.

/// <summary>The overview's key figures.</summary>
public sealed record OverviewView(OverviewFigures Figures) : ISizedView
{
    public int Size => 2 + (Figures.LatestEvents.Count + Figures.Headlines.Count + Figures.EventsByYear.Count) / 4;
}

/// <summary>The timeline's window and its lanes laid out for one language, and how many events it holds.</summary>
public sealed record TimelineView(TimelineWindow Window, IReadOnlyList<TimelineLane> Lanes, bool Empty, int InView) : ISizedView
{
    public int Size => 1 + Lanes.Sum(l => l.Items.Sum(i => 1 + i.Events.Count)) / 3;
}

/// <summary>The funding page's charts, in one language, and the market figures around them.</summary>
public sealed record FundingView(
    int Rounds, FundingChart ByCompany, FundingChart OverTime, FundingChart Valuations,
    bool PeriodsFellBackToYears, IReadOnlyList<MetricRow> Market) : ISizedView
{
    public int Size => 2 + (ByCompany.Rows.Count + OverTime.Rows.Count + Valuations.Rows.Count + Market.Count) / 3;
}

/// <summary>The funding slide's two charts, sized to fill the screen.</summary>
public sealed record FundingSlideView(FundingChart ByCompany, FundingChart OverTime, bool ByYears) : ISizedView
{
    public int Size => 2 + (ByCompany.Rows.Count + OverTime.Rows.Count) / 3;
}

/// <summary>One chart: its options, the same data as rows of text for the table beside it, and
/// what a click chooses: the organization of each point, or the region of each series (null: nothing).</summary>
public sealed record FundingChart(
    ApexOptions Options, ChartBehaviour Behaviour, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<string?> PointOrganizations, IReadOnlyList<string?> SeriesRegions)
{
    public bool IsEmpty => Rows.Count == 0;
}

/// <summary>The stage matrix along one axis, as the page draws it (each cell's count and
/// organizations; a cell's placements are a view of their own), and the framework's terms.</summary>
public sealed record StagesView(
    string Axis, IReadOnlyList<TermRow> Stages, IReadOnlyList<MatrixColumn> Columns, IReadOnlyList<CellSummary> Cells,
    IReadOnlyList<TermRow> Terms, int Placements) : ISizedView
{
    public CellSummary Cell(string stage, string column) => Cells.First(c => c.Stage == stage && c.Column == column);
    public int Max => Cells.Count == 0 ? 0 : Cells.Max(c => c.Count);
    public int Size => 2 + Cells.Sum(c => c.Organizations.Count) / 8;

    public static StagesView Of(MatrixResult matrix, IReadOnlyList<TermRow> terms) => new(matrix.Axis, matrix.Stages, matrix.Columns,
        matrix.Cells.Select(c => new CellSummary(c.Stage, c.Column, c.Count, c.Items
            .GroupBy(p => p.Organization.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First().Organization).ToList())).ToList(),
        terms, matrix.Cells.SelectMany(c => c.Items).Select(p => p.Id).Distinct().Count());
}

/// <summary>A matrix cell: its count and its organizations, those with most placements there first.</summary>
public sealed record CellSummary(string Stage, string Column, int Count, IReadOnlyList<OrgRef> Organizations)
{
    public string Id => $"{Stage}.{Column}";
}

/// <summary>One cell's placements in full (null: no such cell in the matrix).</summary>
public sealed record CellView(MatrixCell? Cell) : ISizedView
{
    public int Size => 1 + (Cell?.Count ?? 0);
}

public sealed record SourcesView(IReadOnlyList<SourceRow> Sources) : ISizedView
{
    public int Size => 1;
}

/// <summary>One event and what relates to it, for its dialog and its slide.</summary>
public sealed record EventView(EventDetail? Detail) : ISizedView
{
    public int Size => 1 + (Detail is null ? 0 : (Detail.Rounds.Count + Detail.Metrics.Count) / 4);
}

/// <summary>A page of a table, read in the database's order, and how many rows there are in all.</summary>
public sealed record TablePage<T>(IReadOnlyList<T> Rows, int Total) : ISizedView
{
    public int Size => 1 + Rows.Count / 4;
}

/// <summary>Things every page asks for: the regions of the data set (the filter offers them) and the five articles.</summary>
public sealed record ReferenceView(IReadOnlyList<string> Regions, IReadOnlyList<SourceLabel> Sources) : ISizedView
{
    public int Size => 2;
}

/// <summary>What a printed page says of an article.</summary>
public sealed record SourceLabel(string Id, string TitleZh, string TitleEn, string PublisherZh, string PublisherEn, string Published);

/// <summary>An organization looked up for the org= filter (null: no such organization).</summary>
public sealed record OrganizationView(OrgRef? Organization) : ISizedView
{
    public int Size => 1;
}

/// <summary>A table's order and page, as its address names them.</summary>
public sealed record TableQuery(string Sort, bool Descending, int Page)
{
    public int Offset(int pageSize) => (Page - 1) * pageSize;
}

/// <summary>A table's order and page as an address writes them: left out where they are the defaults.</summary>
public static class TableLinks
{
    public static (string Name, string? Value)[] Of(TableQuery query, string defaultSort, bool defaultDescending)
    {
        var defaultOrder = query.Sort == defaultSort && query.Descending == defaultDescending;
        return
        [
            ("sort", defaultOrder ? null : query.Sort),
            ("dir", defaultOrder ? null : query.Descending ? "desc" : "asc"),
            ("page", query.Page > 1 ? query.Page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        ];
    }
}
