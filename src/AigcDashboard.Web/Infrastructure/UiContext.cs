using System.Globalization;

namespace AigcDashboard.Web.Infrastructure;

public enum ThemeChoice { Auto, Light, Dark }

/// <summary>
/// The reader's language and theme, chosen once when a page is first requested (language: ?lang=,
/// then the culture cookie, then the browser; theme: the cookie, then the system's) and kept for
/// the whole circuit. Scoped: one per request while prerendering, one per circuit after. A page
/// that asks for another language loads afresh, so the circuit and its URL always agree.
/// </summary>
public sealed class UiContext
{
    public string Lang { get; private set; } = Localization.Chinese;
    public ThemeChoice Theme { get; private set; } = ThemeChoice.Auto;

    /// <summary>Whether the system prefers dark, as far as known (a client hint, or the browser once connected).</summary>
    public bool? SystemDark { get; private set; }

    public bool IsZh => Lang == Localization.Chinese;
    public CultureInfo Culture => IsZh ? Localization.ChineseCulture : Localization.EnglishCulture;
    public bool IsDark => Theme == ThemeChoice.Dark || (Theme == ThemeChoice.Auto && SystemDark == true);

    /// <summary>Raised when the theme changes on this circuit (the charts and the SVG timeline follow).</summary>
    public event Action? Changed;

    public void Initialize(string? lang, string? theme, bool? systemDark)
    {
        Lang = lang == Localization.English ? Localization.English : Localization.Chinese;
        Theme = Themes.Parse(theme);
        SystemDark = systemDark;
    }

    public void SetTheme(ThemeChoice theme)
    {
        if (theme == Theme) return;
        Theme = theme;
        Changed?.Invoke();
    }

    public void SetSystemDark(bool dark)
    {
        if (SystemDark == dark) return;
        SystemDark = dark;
        if (Theme == ThemeChoice.Auto) Changed?.Invoke();
    }

    /// <summary>Picks the text for the reader's language.</summary>
    public string Pick(string zh, string en) => IsZh ? zh : en;
}
