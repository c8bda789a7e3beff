using AigcDashboard.Core.Editing;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Queries;
using AigcDashboard.Web.Components.Controls;
using AigcDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Pages.Admin;

/// <summary>
/// What every record's editor page does (/admin/{kind}/new, /admin/{kind}/{id}): the record's
/// fields in a plain form post (static SSR, antiforgery-checked), saved by <see cref="RecordEditor"/>.
/// A refused save keeps every typed value and answers 422 with the reasons by field; a conflict
/// answers 409 with the stored values beside the typed ones and writes nothing; a database that
/// takes no writes answers 503. A save or deletion empties the output cache, so every dashboard
/// shows it on its next request. A page supplies its kind, its paths and its form.
/// </summary>
public abstract class RecordEditorPage<TEntity, TInput> : StaticComponent
    where TEntity : class, IVersioned where TInput : class, IRecordInput, new()
{
    [Parameter] public string? Id { get; set; }
    [Inject] private RecordEditor Editor { get; set; } = default!;
    [Inject] private DashboardQueries Queries { get; set; } = default!;
    [Inject] private DataChanges Changes { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected abstract RecordKind<TEntity, TInput> Kind { get; }
    /// <summary>The list of this kind's records ("/admin/rounds"); a record's page is this path and its id.</summary>
    protected abstract string ListPath { get; }
    /// <summary>The posted form's values (each page binds its own form name).</summary>
    protected abstract TInput? Input { get; set; }
    protected abstract int? DeleteVersion { get; }

    protected IReadOnlyList<Source> Sources { get; private set; } = [];
    protected EditResult<TInput>? Result { get; private set; }
    protected IReadOnlyList<(string Field, string Stored, string Yours)> Differences { get; private set; } = [];
    protected bool Missing { get; private set; }
    protected bool IsNew => Id is null;
    private string UserName => HttpContext!.User.Identity?.Name ?? "?";

    protected override async Task OnInitializedAsync()
    {
        var posted = Input is not null; // the editor's form, posted: its own values (the delete form shows the stored ones)
        Input ??= new TInput(); // what the page renders while the lookups below are awaited (it is sent once they are done)
        Sources = await Queries.SourceListAsync();
        if (posted || IsNew) return;
        var stored = await Editor.FindAsync(Kind, Id!);
        Missing = stored is null;
        Input = stored ?? new TInput();
    }

    protected async Task SaveAsync()
    {
        Input ??= new TInput();
        if (!IsNew) Input.Id = Id!; // an existing record's id is its address, not a field
        Result = await Editor.SaveAsync(Kind, Input, IsNew, UserName, HttpContext!.RequestAborted);
        if (Result.Outcome == EditOutcome.Saved)
        {
            await Changes.CommittedAsync();
            Navigation.NavigateTo($"{ListPath}/{Uri.EscapeDataString(Input.Id)}?saved=1");
            return;
        }
        if (Result is { Outcome: EditOutcome.Conflict, Current: { } current })
        {
            Differences = InputDifferences.Of(current, Input);
            Input.Version = current.Version; // keep what was typed; a second save now knowingly replaces the stored version
        }
        Missing = Result.Outcome == EditOutcome.NotFound;
        HttpContext!.Response.StatusCode = EditOutcomeMessage.StatusOf(Result.Outcome);
    }

    protected async Task DeleteAsync()
    {
        var stored = await Editor.FindAsync(Kind, Id!);
        Result = await Editor.DeleteAsync(Kind, Id!, DeleteVersion ?? -1, UserName, HttpContext!.RequestAborted);
        if (Result.Outcome == EditOutcome.Saved)
        {
            await Changes.CommittedAsync();
            Navigation.NavigateTo($"{ListPath}?deleted={Uri.EscapeDataString(Id!)}");
            return;
        }
        Input = stored ?? new TInput();
        Missing = Result.Outcome == EditOutcome.NotFound;
        HttpContext!.Response.StatusCode = EditOutcomeMessage.StatusOf(Result.Outcome);
    }

    protected string? Error(string field) => Result?.Errors?.FirstOrDefault(e => e.Field == field) is { } error ? Describe(error) : null;
}
