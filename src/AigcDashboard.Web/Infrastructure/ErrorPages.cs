namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// What an error status without a body becomes: on the data API a problem+json (an unknown
/// /api/... route is a 404 problem, never the HTML page); elsewhere a page that says what the
/// status means (not found, a bad request…), in the reader's language, with the status kept. A refused POST keeps its own answer rather than
/// being re-executed into a page (which would post it again).
/// </summary>
public static class ErrorPages
{
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        // Re-execution needs the app's own pipeline (routing runs again for /not-found), so it is
        // registered on the app; the API's problems are written first, inside it.
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseWhen(c => IsApi(c.Request), api => api.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            await Results.Problem(statusCode: http.Response.StatusCode).ExecuteAsync(http);
        }));
        app.Use((context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method)
                && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
                pages.Enabled = false;
            return next(context);
        });
        return app;
    }

    /// <summary>The fallback of /api/{**path}: no such route.</summary>
    public static IResult ApiNotFound(HttpContext context) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
            detail: "There is no such data API route; the API's routes are listed in the README.");

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
