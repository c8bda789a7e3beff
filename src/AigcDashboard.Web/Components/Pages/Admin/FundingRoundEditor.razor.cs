using AigcDashboard.Core.Editing;
using AigcDashboard.Core.Queries;
using AigcDashboard.Web.Components.Controls;
using AigcDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.OutputCaching;

namespace AigcDashboard.Web.Components.Pages.Admin;

/// <summary>
/// /admin/rounds/new and /admin/rounds/{id}: a funding round's fields, saved the way every record
/// is (<see cref="RecordEditor"/>): reasons next to the fields, a conflict shown and nothing
/// written, the output cache emptied on a save.
/// </summary>
public partial class FundingRoundEditor
{
    [Parameter] public string? Id { get; set; }
    [SupplyParameterFromForm(FormName = "round-editor")] private FundingRoundInput? Input { get; set; }
    [SupplyParameterFromForm(FormName = "round-delete")] private int? DeleteVersion { get; set; }
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [Inject] private RecordEditor Editor { get; set; } = default!;
    [Inject] private DashboardQueries Queries { get; set; } = default!;
    [Inject] private IOutputCacheStore Cache { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private IReadOnlyList<SourceRow> sources = [];
    private EditResult<FundingRoundInput>? result;
    private IReadOnlyList<(string Field, string Stored, string Yours)> differences = [];
    private bool missing;

    private bool IsNew => Id is null;
    private string Heading => IsNew ? L["Admin.NewRound"] : L["Admin.EditRound", Id!];
    private string UserName => HttpContext.User.Identity?.Name ?? "?";

    protected override async Task OnInitializedAsync()
    {
        sources = await Queries.SourcesAsync(Core.Filtering.DashboardFilter.None);
        if (Input is not null || HttpMethods.IsPost(HttpContext.Request.Method)) return;
        Input = IsNew ? new FundingRoundInput() : await Editor.FindAsync(FundingRoundKind.Instance, Id!);
        missing = Input is null;
        Input ??= new FundingRoundInput();
    }

    private async Task SaveAsync()
    {
        Input ??= new FundingRoundInput();
        if (!IsNew) Input.Id = Id!;
        result = await Editor.SaveAsync(FundingRoundKind.Instance, Input, IsNew, UserName, HttpContext.RequestAborted);
        if (result.Outcome == EditOutcome.Saved)
        {
            await Cache.EvictByTagAsync(DashboardCachePolicy.DataTag, default);
            Navigation.NavigateTo($"/admin/rounds/{Uri.EscapeDataString(Input.Id)}?saved=1");
            return;
        }
        if (result is { Outcome: EditOutcome.Conflict, Current: { } current })
        {
            differences = InputDifferences.Of(current, Input);
            Input.Version = current.Version; // a second save now knowingly replaces the stored version
        }
        missing = result.Outcome == EditOutcome.NotFound;
        HttpContext.Response.StatusCode = EditOutcomeMessage.StatusOf(result.Outcome);
    }

    private async Task DeleteAsync()
    {
        var stored = await Editor.FindAsync(FundingRoundKind.Instance, Id!);
        result = await Editor.DeleteAsync(FundingRoundKind.Instance, Id!, DeleteVersion ?? -1, UserName, HttpContext.RequestAborted);
        if (result.Outcome == EditOutcome.Saved)
        {
            await Cache.EvictByTagAsync(DashboardCachePolicy.DataTag, default);
            Navigation.NavigateTo("/admin/rounds?deleted=" + Uri.EscapeDataString(Id!));
            return;
        }
        Input = stored ?? new FundingRoundInput();
        missing = result.Outcome == EditOutcome.NotFound;
        HttpContext.Response.StatusCode = EditOutcomeMessage.StatusOf(result.Outcome);
    }

    private string? Error(string field) => result?.Errors?.FirstOrDefault(e => e.Field == field)?.Message;
}
