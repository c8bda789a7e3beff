using AigcDashboard.Core.Editing;
using AigcDashboard.Core.Model;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Pages.Admin;

/// <summary>/admin/metrics/new and /admin/metrics/{id}: see <see cref="RecordEditorPage{TEntity, TInput}"/>.</summary>
public partial class MetricEditor
{
    protected override RecordKind<Metric, MetricInput> Kind => MetricKind.Instance;
    protected override string ListPath => "/admin/metrics";
    [SupplyParameterFromForm(FormName = "metric-editor")] protected override MetricInput? Input { get; set; }
    [SupplyParameterFromForm(FormName = "metric-delete")] private int? DeleteForm { get; set; }
    protected override int? DeleteVersion => DeleteForm;
    private string Heading => IsNew ? L["Admin.NewMetric"] : L["Admin.EditMetric", Id!];
}
