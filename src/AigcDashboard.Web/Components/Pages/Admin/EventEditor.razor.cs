using AigcDashboard.Core.Editing;
using AigcDashboard.Core.Queries;
using AigcDashboard.Web.Components.Controls;
using AigcDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.OutputCaching;

namespace AigcDashboard.Web.Components.Pages.Admin;

/// <summary>
/// /admin/events/new and /admin/events/{id}: an event's fields in a plain form post (static SSR,
/// antiforgery-checked). A refused save keeps every value typed and says what is wrong next to
/// each field; a save against an event changed since it was opened shows both versions and
/// writes nothing. A save empties the output cache, so every dashboard shows it next request.
/// </summary>
public partial class EventEditor
{
    [Parameter] public string? Id { get; set; }
    [SupplyParameterFromForm(FormName = "event-editor")] private EventInput? Input { get; set; }
    [SupplyParameterFromForm(FormName = "event-delete")] private int? DeleteVersion { get; set; }
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [Inject] private RecordEditor Editor { get; set; } = default!;
    [Inject] private DashboardQueries Queries { get; set; } = default!;
    [Inject] private IOutputCacheStore Cache { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private IReadOnlyList<SourceRow> sources = [];
    private EditResult<EventInput>? result;
    private IReadOnlyList<(string Field, string Stored, string Yours)> differences = [];
    private bool missing;

    private bool IsNew => Id is null;
    private string Heading => IsNew ? L["Admin.NewEvent"] : L["Admin.EditEvent", Id!];
    private string UserName => HttpContext.User.Identity?.Name ?? "?";

    protected override async Task OnInitializedAsync()
    {
        sources = await Queries.SourcesAsync(Core.Filtering.DashboardFilter.None);
        if (Input is not null || HttpMethods.IsPost(HttpContext.Request.Method)) return; // a posted form: its own values
        Input = IsNew ? new EventInput() : await Editor.EventAsync(Id!);
        missing = Input is null;
        Input ??= new EventInput();
    }

    private async Task SaveAsync()
    {
        Input ??= new EventInput();
        if (!IsNew) Input.Id = Id!; // the id of an existing event is its address, not a field
        result = await Editor.SaveEventAsync(Input, IsNew, UserName, HttpContext.RequestAborted);
        if (result.Outcome == EditOutcome.Saved)
        {
            await Cache.EvictByTagAsync(DashboardCachePolicy.DataTag, default);
            Navigation.NavigateTo($"/admin/events/{Uri.EscapeDataString(Input.Id)}?saved=1");
            return;
        }
        if (result is { Outcome: EditOutcome.Conflict, Current: { } current })
        {
            differences = InputDifferences.Of(current, Input);
            Input.Version = current.Version; // keep what was typed; a second save now knowingly replaces the stored version
        }
        missing = result.Outcome == EditOutcome.NotFound;
        HttpContext.Response.StatusCode = EditOutcomeMessage.StatusOf(result.Outcome);
    }

    private async Task DeleteAsync()
    {
        var stored = await Editor.EventAsync(Id!);
        result = await Editor.DeleteEventAsync(Id!, DeleteVersion ?? -1, UserName, HttpContext.RequestAborted);
        if (result.Outcome == EditOutcome.Saved)
        {
            await Cache.EvictByTagAsync(DashboardCachePolicy.DataTag, default);
            Navigation.NavigateTo("/admin/events?deleted=" + Uri.EscapeDataString(Id!));
            return;
        }
        Input = stored ?? new EventInput();
        missing = result.Outcome == EditOutcome.NotFound;
        HttpContext.Response.StatusCode = EditOutcomeMessage.StatusOf(result.Outcome);
    }

    private string? Error(string field) => result?.Errors?.FirstOrDefault(e => e.Field == field)?.Message;
}
