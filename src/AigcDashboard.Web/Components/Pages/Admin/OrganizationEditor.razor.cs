using AigcDashboard.Core.Editing;
using AigcDashboard.Core.Model;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Pages.Admin;

/// <summary>/admin/organizations/new and /admin/organizations/{id}: see <see cref="RecordEditorPage{TEntity, TInput}"/>.</summary>
public partial class OrganizationEditor
{
    protected override RecordKind<Organization, OrganizationInput> Kind => OrganizationKind.Instance;
    protected override string ListPath => "/admin/organizations";
    [SupplyParameterFromForm(FormName = "organization-editor")] protected override OrganizationInput? Input { get; set; }
    [SupplyParameterFromForm(FormName = "organization-delete")] private int? DeleteForm { get; set; }
    protected override int? DeleteVersion => DeleteForm;
    private string Heading => IsNew ? L["Admin.NewOrganization"] : L["Admin.EditOrganization", Id!];
}
