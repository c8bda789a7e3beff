using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// An import larger than the server reads at all (Kestrel's request body limit, 30 MB by default)
/// is never read: it is sent back to the import page, which says how large a file may be, the
/// same message a file just over the page's own limit gets. Left to the form reader, such a
/// request failed with a blank 400.
/// </summary>
public sealed class OversizedImportCheck(RequestDelegate next, IOptions<KestrelServerOptions> kestrel)
{
    public const string Path = "/admin/import";
    public const string TooLarge = "too-large";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase)
            && request.ContentLength > (kestrel.Value.Limits.MaxRequestBodySize ?? long.MaxValue))
        {
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = QueryHelpers.AddQueryString(Path + request.QueryString, TooLarge, "1");
            return Task.CompletedTask;
        }
        return next(context);
    }
}
