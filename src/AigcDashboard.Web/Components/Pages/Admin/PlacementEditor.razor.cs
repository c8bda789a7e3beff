using AigcDashboard.Core.Editing;
using AigcDashboard.Core.Model;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Pages.Admin;

/// <summary>/admin/placements/new and /admin/placements/{id}: see <see cref="RecordEditorPage{TEntity, TInput}"/>.</summary>
public partial class PlacementEditor
{
    protected override RecordKind<Placement, PlacementInput> Kind => PlacementKind.Instance;
    protected override string ListPath => "/admin/placements";
    [SupplyParameterFromForm(FormName = "placement-editor")] protected override PlacementInput? Input { get; set; }
    [SupplyParameterFromForm(FormName = "placement-delete")] private int? DeleteForm { get; set; }
    protected override int? DeleteVersion => DeleteForm;
    private string Heading => IsNew ? L["Admin.NewPlacement"] : L["Admin.EditPlacement", Id!];
}
