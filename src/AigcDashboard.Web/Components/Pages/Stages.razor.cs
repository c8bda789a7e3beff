using AigcDashboard.Core.Filtering;
using AigcDashboard.Core.Queries;
using AigcDashboard.Web.Components.Controls;
using AigcDashboard.Web.Infrastructure;

namespace AigcDashboard.Web.Components.Pages;

/// <summary>
/// /stages: the three commercialization stages against a second axis the user picks (?axis=
/// enterprise-type | business-model | modality | region | audience), each cell with its count
/// and names; ?cell=stage.column opens a cell's placements with their evidence.
/// </summary>
public partial class Stages
{
    private const string DefaultAxis = "enterprise-type";
    private static readonly (string Axis, string Key)[] ExplainedAxes =
        [("stage", "Stages.StagesExplained"), ("enterprise-type", "Stages.TypesExplained"), ("business-model", "Stages.ModelsExplained")];

    private string axis = DefaultAxis;
    private string? cellParam;
    private IReadOnlyList<PlacementRow> placements = [];
    private IReadOnlyList<TermRow> terms = [];
    private MatrixResult matrix = default!;
    private MatrixCell? selected;

    protected override void ValidateParameters()
    {
        var a = Request.Value("axis");
        if (a is not null && !StageMatrix.Axes.Contains(a))
            Request.Reject(new FilterError("axis", a, $"Use one of: {string.Join(", ", StageMatrix.Axes)}."));
        else axis = a ?? DefaultAxis;
        cellParam = Request.Value("cell");
    }

    protected override async Task LoadAsync()
    {
        placements = await Queries.PlacementsAsync(Request.Filter);
        terms = await Queries.FrameworkAsync();
        matrix = StageMatrix.Pivot(axis, placements, terms);
        labels = new MatrixLabels(terms, axis, L, Request);
        if (cellParam is null) return;
        var parts = cellParam.Split('.', 2);
        selected = parts.Length == 2 ? matrix.Cells.FirstOrDefault(c => c.Stage == parts[0] && c.Column == parts[1]) : null;
        if (selected is null)
            Request.Reject(new FilterError("cell", cellParam, "Not a cell of this matrix (stage.column)."));
    }

    private string AxisName(string a) => L["Axis." + a];

    private MatrixLabels labels = default!;

    private string StageName(string id) => labels.Term("stage", id);

    private string TermName(string termAxis, string id) => labels.Term(termAxis, id);

    private string ColumnName(string id) => labels.Column(id);

    private string Link(string axisValue, string? cell) =>
        Request.Link("/stages", ("axis", axisValue == DefaultAxis ? null : axisValue), ("cell", cell));

    private string AxisLink(string a) => Link(a, null);

    private string CellLink(MatrixCell? cell) => Link(axis, cell is null ? null : $"{cell.Stage}.{cell.Column}");
}
