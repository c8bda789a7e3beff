namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// The headers every response carries. The Content-Security-Policy allows scripts, fonts and
/// connections (the circuit's WebSocket included) from this origin only, and no inline script
/// anywhere: Blazor, MudBlazor and the chart module are files of this origin, and the chart
/// options travel over the circuit. Styles may be inline: MudThemeProvider writes the theme's
/// palette as a style element, and MudBlazor and ApexCharts set style attributes on what they draw.
/// Images may be data: and blob: URLs (a chart saved as PNG or SVG). Nothing may frame the pages.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "strict-origin-when-cross-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            // A page asks Chromium for the system's colour scheme, so that "the system's theme" is rendered right at once.
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true) Themes.AskForHint(context.Response);
            return Task.CompletedTask;
        });
        await next();
    });
}
