namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// Light and dark: the system's by default; a choice is kept in the "theme" cookie (written by the
/// theme menu's module), which the server reads when it renders the first page, so nothing
/// flashes. For "the system's", Chromium tells the server through the Sec-CH-Prefers-Color-Scheme
/// client hint, which the app asks for (from the second page on); otherwise the page opens light
/// and the circuit asks the browser.
/// </summary>
public static class Themes
{
    public const string CookieName = "theme";
    public const string SystemHint = "Sec-CH-Prefers-Color-Scheme";

    public static ThemeChoice Parse(string? value) => value switch
    {
        "light" => ThemeChoice.Light,
        "dark" => ThemeChoice.Dark,
        _ => ThemeChoice.Auto,
    };

    public static string Name(ThemeChoice choice) => choice switch
    {
        ThemeChoice.Light => "light",
        ThemeChoice.Dark => "dark",
        _ => "auto",
    };

    /// <summary>What the client hint says of the system's preference, if it came.</summary>
    public static bool? SystemDark(HttpRequest request) =>
        request.Headers[SystemHint].ToString().Trim('"') switch { "dark" => true, "light" => false, _ => null };

    /// <summary>Asks Chromium for the colour-scheme hint on the requests that follow. (Not as a
    /// "critical" hint: that would make it send every first visit twice.)</summary>
    public static void AskForHint(HttpResponse response)
    {
        response.Headers["Accept-CH"] = SystemHint;
        response.Headers.Append("Vary", SystemHint);
    }
}
