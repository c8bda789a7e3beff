using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Layout;

public partial class MainLayout
{
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private string CurrentPath => "/" + Navigation.ToBaseRelativePath(Navigation.Uri).Split('?', '#')[0];
}
