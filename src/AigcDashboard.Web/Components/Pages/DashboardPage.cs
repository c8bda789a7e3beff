using AigcDashboard.Core.Filtering;
using AigcDashboard.Web.Infrastructure;
using AigcDashboard.Web.Model;
using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Pages;

/// <summary>
/// Base of every dashboard page. Its address is its state: the global filter comes in through
/// [SupplyParameterFromQuery] and goes to the one <see cref="FilterParser"/>, a page reads its own
/// parameters the same way, and every change is a navigation to a new address. On each address the
/// page loads its view model (shared across circuits by <see cref="DashboardViews"/>); a newer
/// navigation cancels an older load, so a late answer never lands under a newer filter. What the
/// prerendered page loaded is carried into its circuit, so a page view runs its queries once. An
/// address with a bad value shows the reasons beside the filter instead of data (400 when
/// prerendered).
/// </summary>
public abstract class DashboardPage : DashboardComponent, IDisposable
{
    [SupplyParameterFromQuery(Name = "region")] public string[]? RegionParameter { get; set; }
    [SupplyParameterFromQuery(Name = "stage")] public string[]? StageParameter { get; set; }
    [SupplyParameterFromQuery(Name = "category")] public string[]? CategoryParameter { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string[]? FromParameter { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string[]? ToParameter { get; set; }
    [SupplyParameterFromQuery(Name = "q")] public string[]? SearchParameter { get; set; }
    [SupplyParameterFromQuery(Name = "org")] public string[]? OrganizationParameter { get; set; }
    [SupplyParameterFromQuery(Name = "lang")] public string[]? LangParameter { get; set; }

    /// <summary>The address the prerendered page loaded its view for: when the circuit starts on the
    /// same address, the view carried over is the one to show.</summary>
    [PersistentState] public string? PrerenderedAddress { get; set; }

    /// <summary>The regions and articles every page's filter bar and print footer name.</summary>
    [PersistentState] public ReferenceView? Reference { get; set; }

    [Inject] protected DashboardViews Views { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    private CancellationTokenSource? loading;

    /// <summary>This page's path ("/timeline").</summary>
    protected abstract string Path { get; }

    protected ViewAddress Address { get; private set; } = ViewAddress.Of("/", DashboardFilter.None);

    /// <summary>A load is running for the current address: what is on screen is for an older one.</summary>
    protected bool Loading { get; private set; }

    /// <summary>The page has its view for the current address.</summary>
    protected bool Loaded { get; private set; }

    /// <summary>Reads and checks the page's own parameters (reporting bad ones to <paramref name="reject"/>),
    /// and says which of them a change of filter keeps.</summary>
    protected virtual IReadOnlyList<(string Name, string? Value)> ReadParameters(Action<FilterError> reject) => [];

    /// <summary>Loads the view for a valid address into the page's fields.</summary>
    protected abstract Task LoadAsync(ViewAddress address, CancellationToken ct);

    /// <summary>Checks what the address names against the loaded (or carried) view: a cell that
    /// is not in the matrix, say, is refused like any other bad value.</summary>
    protected virtual void CheckLoaded(ViewAddress address) { }

    /// <summary>Whether the view carried over from the prerendered page is there (the page's persisted fields are set).</summary>
    protected abstract bool HasCarriedView { get; }

    protected override async Task OnParametersSetAsync()
    {
        if (RendererInfo.IsInteractive && LangParameter is [var asked, ..] && asked is Localization.Chinese or Localization.English && asked != Ui.Lang)
        {
            // The language is chosen once per circuit: another one is a page of its own.
            Navigation.NavigateTo(Navigation.Uri, forceLoad: true);
            return;
        }
        var older = loading;
        loading = new CancellationTokenSource();
        var ct = loading.Token; // read once: the source is disposed when a newer address takes over
        older?.Cancel();
        older?.Dispose();
        var errors = new List<FilterError>();
        var kept = ReadParameters(errors.Add);
        var address = new ViewAddress(Path, Query, kept);
        foreach (var e in errors) address.Reject(e);
        // The filter bar shows the newest address at once (the content of the older one is hidden
        // while this one loads), so a second change made during the load builds on the first.
        Address = address;
        var url = Navigation.ToBaseRelativePath(Navigation.Uri);
        var carried = RendererInfo.IsInteractive && PrerenderedAddress == url && HasCarriedView && Reference is not null;
        Loading = true;
        try
        {
            Reference ??= await Views.ReferenceAsync(ct);
            if (address.Filter.Organization is { } org && address.IsValid)
                address.Resolve((await Views.OrganizationAsync(org, ct)).Organization);
            if (address.IsValid && !carried) await LoadAsync(address, ct);
            if (address.IsValid) CheckLoaded(address);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return; // a newer address took over
        }
        if (ct.IsCancellationRequested) return;
        Address = address;
        Loaded = address.IsValid;
        Loading = false;
        PrerenderedAddress = RendererInfo.IsInteractive ? null : url;
    }

    private IReadOnlyList<string?> Query(string name) => name switch
    {
        "region" => RegionParameter ?? [],
        "stage" => StageParameter ?? [],
        "category" => CategoryParameter ?? [],
        "from" => FromParameter ?? [],
        "to" => ToParameter ?? [],
        "q" => SearchParameter ?? [],
        "org" => OrganizationParameter ?? [],
        "lang" => LangParameter ?? [],
        _ => [],
    };

    /// <summary>The last of a parameter's values, trimmed, or null when it has none.</summary>
    protected static string? Single(string[]? values) =>
        values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).LastOrDefault();

    /// <summary>Goes to another address of this view (a push: Back comes here again).</summary>
    protected void Go(string url, bool replace = false) =>
        Navigation.NavigateTo(url, new NavigationOptions { ReplaceHistoryEntry = replace });

    /// <summary>?page= of a paged table: 1 when absent; a bad value is refused.</summary>
    protected static int PageNumber(string[]? values, Action<FilterError> reject)
    {
        if (Single(values) is not { } p) return 1;
        if (int.TryParse(p, out var n) && n is >= 1 and <= 100_000) return n;
        reject(new FilterError("page", p, "A page number from 1.", FilterError.PageNumber));
        return 1;
    }

    /// <summary>?sort= and ?dir= of a table: one of its keys, and asc or desc.</summary>
    protected static (string Sort, bool Descending) SortOrder(string[]? sort, string[]? dir, IReadOnlyList<string> keys, string defaultKey,
        bool defaultDescending, Action<FilterError> reject)
    {
        var s = Single(sort);
        if (s is not null && !keys.Contains(s))
        {
            reject(new FilterError("sort", s, $"Sort by one of: {string.Join(", ", keys)}."));
            s = null;
        }
        var d = Single(dir);
        if (d is not null and not ("asc" or "desc"))
        {
            reject(new FilterError("dir", d, "Use asc or desc."));
            d = null;
        }
        return (s ?? defaultKey, d is null ? s is null && defaultDescending : d == "desc");
    }

    public void Dispose()
    {
        loading?.Cancel();
        loading?.Dispose();
        GC.SuppressFinalize(this);
    }
}
