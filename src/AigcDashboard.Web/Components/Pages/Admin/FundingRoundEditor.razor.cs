using AigcDashboard.Core.Editing;
using AigcDashboard.Core.Model;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Pages.Admin;

/// <summary>/admin/rounds/new and /admin/rounds/{id}: see <see cref="RecordEditorPage{TEntity, TInput}"/>.</summary>
public partial class FundingRoundEditor
{
    protected override RecordKind<FundingRound, FundingRoundInput> Kind => FundingRoundKind.Instance;
    protected override string ListPath => "/admin/rounds";
    [SupplyParameterFromForm(FormName = "round-editor")] protected override FundingRoundInput? Input { get; set; }
    [SupplyParameterFromForm(FormName = "round-delete")] private int? DeleteForm { get; set; }
    protected override int? DeleteVersion => DeleteForm;
    private string Heading => IsNew ? L["Admin.NewRound"] : L["Admin.EditRound", Id!];
}
