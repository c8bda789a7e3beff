using Microsoft.AspNetCore.Antiforgery;

namespace AigcDashboard.Web.Infrastructure;

public static class Policies
{
    /// <summary>Signed in: may change data.</summary>
    public const string Edit = "edit";
    /// <summary>An admin: may also read the audit log.</summary>
    public const string Admin = "admin";
}

/// <summary>Sign-in and sign-out: form posts (antiforgery-checked) answered with a redirect.
/// The sign-in form is the page /account/sign-in; a failed try comes back to it with ?failed.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/session", async (HttpContext context, Accounts accounts, IAntiforgery antiforgery) =>
        {
            // Checked here rather than by form binding, so that a stale or missing token is an
            // answer to the person (the form again) and not an error page.
            if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
                return Results.Redirect("/account/sign-in?expired=1");
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var back = LocalOrHome(form["returnUrl"]);
            var result = await accounts.SignInAsync(form["userName"].ToString(), form["password"].ToString());
            // A locked account gets the same answer as a wrong password (which says that accounts
            // lock), so that locking cannot be used to find out which names exist.
            if (!result.Succeeded)
                return Results.Redirect($"/account/sign-in?failed=1&returnUrl={Uri.EscapeDataString(back)}");
            return Results.Redirect(back);
        }).RequireRateLimiting(RateLimits.SignIn).DisableAntiforgery();

        app.MapPost("/account/session/end", async (HttpContext context, Accounts accounts, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context)) return Results.Redirect("/admin");
            await accounts.SignOutAsync(context.User);
            return Results.Redirect("/");
        }).DisableAntiforgery();
        return app;
    }

    private static readonly Uri Site = new("http://site.invalid/");

    /// <summary>Only a path of this site, written as a Location header can carry it (ASCII,
    /// anything else percent-encoded): an open redirect would let a link send people elsewhere
    /// after signing in. Control characters and backslashes are refused outright, because
    /// browsers drop or turn them into "/": "/\t/evil.example" is read as //evil.example.</summary>
    public static string LocalOrHome(string? url)
    {
        if (url is not { Length: > 0 and < 2000 } || url[0] != '/' || (url.Length > 1 && url[1] == '/')
            || url.Any(c => char.IsControl(c) || c == '\\'))
            return "/";
        return Uri.TryCreate(Site, url, out var local) && local.Host == Site.Host ? local.PathAndQuery + local.Fragment : "/";
    }
}
