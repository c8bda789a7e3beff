using AigcDashboard.Core.Editing;
using AigcDashboard.Core.Model;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Pages.Admin;

/// <summary>/admin/events/new and /admin/events/{id}: see <see cref="RecordEditorPage{TEntity, TInput}"/>.</summary>
public partial class EventEditor
{
    protected override RecordKind<Event, EventInput> Kind => EventKind.Instance;
    protected override string ListPath => "/admin/events";
    [SupplyParameterFromForm(FormName = "event-editor")] protected override EventInput? Input { get; set; }
    [SupplyParameterFromForm(FormName = "event-delete")] private int? DeleteForm { get; set; }
    protected override int? DeleteVersion => DeleteForm;
    private string Heading => IsNew ? L["Admin.NewEvent"] : L["Admin.EditEvent", Id!];
}
