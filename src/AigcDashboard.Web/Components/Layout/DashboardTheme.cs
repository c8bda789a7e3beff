using MudBlazor;

namespace AigcDashboard.Web.Components.Layout;

/// <summary>The dashboard's one MudBlazor theme: a light and a dark palette, type that suits Chinese
/// and English alike, and the colours the charts and the SVG timeline take from it.</summary>
public static class DashboardTheme
{
    public static readonly string[] FontFamily =
        ["Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4ed8",
            Secondary = "#c2410c",
            Tertiary = "#0f766e",
            AppbarBackground = "#14213d",
            AppbarText = "#ffffff",
            Background = "#f4f6f9",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            TextPrimary = "#1f2937",
            TextSecondary = "#4b5563",
            LinesDefault = "#dde3ea",
            TableLines = "#e5e9ef",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7aa5ff",
            PrimaryContrastText = "#0a0f1a",
            Secondary = "#ff9f5a",
            Tertiary = "#5eead4",
            AppbarBackground = "#0a0f1a",
            AppbarText = "#e8eefc",
            Background = "#0f1522",
            Surface = "#182033",
            DrawerBackground = "#141b2b",
            TextPrimary = "#e5eaf3",
            TextSecondary = "#aab5c8",
            LinesDefault = "#2c3850",
            TableLines = "#2c3850",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontFamily },
            H1 = new H1Typography { FontFamily = FontFamily, FontSize = "1.6rem", FontWeight = "600", LineHeight = "1.3" },
            H2 = new H2Typography { FontFamily = FontFamily, FontSize = "1.15rem", FontWeight = "600", LineHeight = "1.4" },
            H3 = new H3Typography { FontFamily = FontFamily, FontSize = "1rem", FontWeight = "600", LineHeight = "1.4" },
            // Chinese has no capitals, and English labels read better as written.
            Button = new ButtonTypography { FontFamily = FontFamily, TextTransform = "none", FontWeight = "500" },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px", AppbarHeight = "56px" },
    };

    /// <summary>The text colour charts draw their axes with, in each palette.</summary>
    public static string ChartText(bool dark) => dark ? Theme.PaletteDark.TextPrimary.Value : Theme.PaletteLight.TextPrimary.Value;
}
