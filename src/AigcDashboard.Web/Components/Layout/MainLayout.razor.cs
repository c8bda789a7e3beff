using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Layout;

public partial class MainLayout
{
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private string CurrentPath => "/" + Navigation.ToBaseRelativePath(Navigation.Uri).Split('?', '#')[0];

    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    /// <summary>Signed-in pages are never cached, so an anonymous page never shows an editor's links.</summary>
    private bool SignedIn => HttpContext?.User.Identity?.IsAuthenticated == true;
}
