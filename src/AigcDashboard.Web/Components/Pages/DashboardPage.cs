using AigcDashboard.Core.Queries;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Pages;

/// <summary>
/// Base of every dashboard page: a page with an invalid filter answers 400 and shows what was
/// wrong next to the filter instead of data; otherwise it loads its data once.
/// </summary>
public abstract class DashboardPage : DashboardComponent
{
    [Inject] protected DashboardQueries Queries { get; set; } = default!;
    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    protected bool Loaded { get; private set; }

    /// <summary>
    /// Still loading. The frame renders nothing until then (a served page is sent only once all is
    /// loaded): the parts that read the request's shared state, such as the filter chips and the
    /// list of bad parameters, are only right once the page has loaded and checked everything.
    /// </summary>
    protected bool Busy { get; private set; } = true;

    protected override async Task OnInitializedAsync()
    {
        try
        {
            ValidateParameters();
            await Request.ResolveOrganizationAsync(Queries);
            // A page may also find a parameter wrong while loading (one that names something in the data).
            if (Request.IsValid) await LoadAsync();
            if (!Request.IsValid)
            {
                if (HttpContext is { Response.HasStarted: false }) HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
            Loaded = true;
        }
        finally
        {
            Busy = false;
        }
    }

    protected abstract Task LoadAsync();

    /// <summary>Checks the page's own query parameters, reporting bad ones with <c>Request.Reject</c>.</summary>
    protected virtual void ValidateParameters() { }

    /// <summary>?page= of a paged table: 1 when absent; a bad value is rejected.</summary>
    protected int PageParameter()
    {
        if (Request.Value("page") is not { } p) return 1;
        if (int.TryParse(p, out var n) && n is >= 1 and <= 100_000) return n;
        Request.Reject(new Core.Filtering.FilterError("page", p, "A page number from 1.", Core.Filtering.FilterError.PageNumber));
        return 1;
    }
}
