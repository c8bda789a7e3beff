using AigcDashboard.Core.Filtering;
using AigcDashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace AigcDashboard.Web.Components.Layout;

public partial class MainLayout
{
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private MudThemeProvider? themeProvider;
    private ErrorBoundary? boundary;
    private bool drawerOpen = true;
    private DashboardFilter filter = DashboardFilter.None;

    protected override void OnInitialized()
    {
        ReadAddress();
        Navigation.LocationChanged += OnLocationChanged;
        Ui.Changed += OnUiChanged;
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        ReadAddress();
        // A failed page stays failed until the reader goes elsewhere, or asks to retry.
        boundary?.Recover();
        InvokeAsync(StateHasChanged);
    }

    private void OnUiChanged() => InvokeAsync(StateHasChanged);

    /// <summary>The address's filter, so that the navigation and the meeting mode keep it (a bad value is left out).</summary>
    private void ReadAddress()
    {
        var uri = new Uri(Navigation.Uri);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query);
        filter = FilterParser.Parse(name => query.TryGetValue(name, out var v) ? v.ToArray() : []).Filter;
    }

    private string PathAndQuery => "/" + Navigation.ToBaseRelativePath(Navigation.Uri).Split('#')[0];

    /// <summary>The skip link names the page's own address (the document's base is "/", so a bare "#main" would go home).</summary>
    private string SkipLink => PathAndQuery + "#main";

    /// <summary>Meeting mode for the view on screen: its slide, with the filters.</summary>
    private string PresentLink => Links.To(Links.PathOf(PathAndQuery) switch
    {
        "/timeline" => "/present/timeline",
        "/funding" => "/present/funding",
        "/stages" => "/present/stages",
        "/sources" => "/present/sources",
        _ => "/present",
    }, filter);

    private void ToggleDrawer() => drawerOpen = !drawerOpen;

    private void Retry() => boundary?.Recover();

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        Ui.Changed -= OnUiChanged;
    }
}
