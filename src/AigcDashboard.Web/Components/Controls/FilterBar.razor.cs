using System.Globalization;
using AigcDashboard.Core.Filtering;
using AigcDashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AigcDashboard.Web.Components.Controls;

public partial class FilterBar
{
    [CascadingParameter] private ViewAddress Address { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The regions the data set holds, offered first; a chosen region outside them stays selectable.</summary>
    [Parameter] public IReadOnlyList<string> Regions { get; set; } = [];

    private static readonly DateTime Earliest = new(2010, 1, 1), Latest = new(2035, 12, 31);

    /// <summary>What was typed into the search and refused there (it never reaches the address).</summary>
    private FilterError? typedSearchError;

    private IEnumerable<string> RegionOptions => Regions.Union(Address.Filter.Regions);

    /// <summary>Whether the reader opened the folded fields (on a phone).</summary>
    private bool unfolded;

    /// <summary>Open while one of its own fields has an error (a bad ?page= is the table's to explain).</summary>
    private bool Unfolded => unfolded || Error("region") is not null || Error("stage") is not null || Error("category") is not null
        || DateError is not null || SearchError is not null;

    private FilterError? Error(string parameter) => Address.ErrorFor(parameter);

    private string? ErrorText(string parameter) => Error(parameter) is { } e ? Describe(e) : null;

    private FilterError? DateError => Error("from") ?? Error("to");

    private FilterError? SearchError => typedSearchError ?? Error("q");

    private DateRange Range => new(Address.Filter.From?.ToDateTime(TimeOnly.MinValue), Address.Filter.To?.ToDateTime(TimeOnly.MinValue));

    private string RegionsText(IReadOnlyList<string> codes) => string.Join(Pick("、", ", "), codes.Select(RegionName));

    protected override void OnParametersSet() => typedSearchError = null;

    private void Go(DashboardFilter filter, bool replace = false) =>
        Navigation.NavigateTo(Address.WithFilter(filter), new NavigationOptions { ReplaceHistoryEntry = replace });

    private void RegionsChanged(IEnumerable<string?> regions) =>
        Go(Address.Filter with { Regions = regions.OfType<string>().Order(StringComparer.Ordinal).ToList() });

    private void StageChanged(string? stage) => Go(Address.Filter with { Stage = string.IsNullOrEmpty(stage) ? null : stage });

    private void CategoryChanged(string? category) => Go(Address.Filter with { Category = string.IsNullOrEmpty(category) ? null : category });

    private void RangeChanged(DateRange? range) => Go(Address.Filter with
    {
        From = range?.Start is { } s ? DateOnly.FromDateTime(s) : null,
        To = range?.End is { } e ? DateOnly.FromDateTime(e) : null,
    });

    /// <summary>The search, after a pause in typing. It is checked as the address would be; a refused
    /// text is explained under the field and changes nothing. Refining a search replaces the
    /// history entry, so Back leaves the search rather than stepping through its letters.</summary>
    private void SearchChanged(string? text)
    {
        var parsed = FilterParser.Parse(name => name == "q" ? [text] : []);
        if (parsed.Errors.FirstOrDefault() is { } error)
        {
            typedSearchError = error;
            StateHasChanged();
            return;
        }
        if (parsed.Filter.Search == Address.Filter.Search) return;
        Go(Address.Filter with { Search = parsed.Filter.Search }, replace: Address.Filter.Search is not null && parsed.Filter.Search is not null);
    }
}
