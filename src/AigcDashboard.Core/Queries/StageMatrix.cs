using AigcDashboard.Core.Model;

namespace AigcDashboard.Core.Queries;

public sealed record MatrixColumn(string Id, string NameZh, string NameEn);

public sealed record MatrixCell(string Stage, string Column, IReadOnlyList<PlacementRow> Items)
{
    public int Count => Items.Count;
}

public sealed record MatrixResult(string Axis, IReadOnlyList<TermRow> Stages, IReadOnlyList<MatrixColumn> Columns, IReadOnlyList<MatrixCell> Cells)
{
    public MatrixCell Cell(string stage, string column) => Cells.First(c => c.Stage == stage && c.Column == column);
    public int Max => Cells.Count == 0 ? 0 : Cells.Max(c => c.Count);
}

/// <summary>
/// Pivots placements: the three stages against a second axis the user picks. A placement with
/// several business models or modalities counts in each of them; one with none goes to an
/// "unspecified" column, so that no placement drops out of the matrix.
/// </summary>
public static class StageMatrix
{
    public const string Unspecified = "unspecified";
    public static readonly IReadOnlyList<string> Axes = ["enterprise-type", "business-model", "modality", "region", "audience"];

    public static MatrixResult Pivot(string axis, IReadOnlyList<PlacementRow> placements, IReadOnlyList<TermRow> framework)
    {
        if (!Axes.Contains(axis)) throw new ArgumentOutOfRangeException(nameof(axis), axis, "unknown matrix axis");
        var stages = framework.Where(t => t.Axis == "stage").OrderBy(t => t.Order).ToList();

        Func<PlacementRow, IEnumerable<string>> keys = axis switch
        {
            "enterprise-type" => p => [p.EnterpriseType],
            "business-model" => p => p.BusinessModels.Count > 0 ? p.BusinessModels : [Unspecified],
            "modality" => p => p.Modalities.Count > 0 ? p.Modalities : [Unspecified],
            "region" => p => [p.Organization.Region ?? Unspecified],
            _ => p => [p.Audience],
        };

        List<MatrixColumn> columns = axis switch
        {
            "region" => placements.Select(p => p.Organization.Region ?? Unspecified).Distinct()
                .OrderBy(r => r == Unspecified).ThenByDescending(r => placements.Count(p => (p.Organization.Region ?? Unspecified) == r)).ThenBy(r => r)
                .Select(r => new MatrixColumn(r, r, r)).ToList(),
            "audience" => Vocabulary.Audiences.Select(a => new MatrixColumn(a, a, a)).ToList(),
            _ => framework.Where(t => t.Axis == axis).OrderBy(t => t.Order).Select(t => new MatrixColumn(t.Id, t.NameZh, t.NameEn)).ToList(),
        };
        if (axis is "business-model" or "modality" && placements.Any(p => keys(p).Contains(Unspecified)))
            columns.Add(new MatrixColumn(Unspecified, "未说明", "Not stated"));

        var cells = (from s in stages
                     from c in columns
                     select new MatrixCell(s.Id, c.Id, placements.Where(p => p.Stage == s.Id && keys(p).Contains(c.Id)).ToList()))
                    .ToList();
        return new MatrixResult(axis, stages, columns, cells);
    }
}
