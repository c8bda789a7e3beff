using Microsoft.AspNetCore.Components;

namespace AigcDashboard.Web.Components.Layout;

public partial class NavMenu
{
    internal static readonly (string Path, string Key)[] Items =
    [
        ("/", "Nav.Overview"), ("/timeline", "Nav.Timeline"), ("/funding", "Nav.Funding"), ("/stages", "Nav.Stages"), ("/sources", "Nav.Sources"),
    ];

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private bool IsCurrent(string path) =>
        "/" + Navigation.ToBaseRelativePath(Navigation.Uri).Split('?', '#')[0].TrimEnd('/') == (path == "/" ? "/" : path);
}
