namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// Light and dark themes: the system's by default; a choice is kept in a cookie and rendered as
/// &lt;html data-theme&gt; by the server, so pages never flash the wrong colours and need no script.
/// </summary>
public static class Themes
{
    public const string CookieName = "theme";
    public static readonly IReadOnlyList<string> Choices = ["auto", "light", "dark"];

    public static string? Parse(string? value) => value is "light" or "dark" ? value : null;

    /// <summary>GET /theme?set=light|dark|auto&amp;return=/local/path: remembers the choice, goes back.</summary>
    public static IEndpointRouteBuilder MapThemeSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/theme", (HttpContext http, string? set, string? @return) =>
        {
            if (set is null || !Choices.Contains(set))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["set"] = ["Use auto, light or dark."] },
                    title: "Invalid query parameter: set");
            if (set == "auto") http.Response.Cookies.Delete(CookieName);
            else http.Response.Cookies.Append(CookieName, set, new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true,
            });
            return Results.LocalRedirect(IsLocal(@return) ? @return! : "/");
        });
        return app;
    }

    // Only a path on this site: "/x", never "//host" or "/\\host" (open redirects).
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
