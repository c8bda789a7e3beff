namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// Refuses, with 400, a request whose Host header names no host a URL can be made of: one longer
/// than a DNS name may be, with a port outside 1–65535, or with characters no host has. Pages build
/// absolute URLs from it (Blazor's base address), which such a header would break with a 500.
/// </summary>
public sealed class HostHeaderCheck(RequestDelegate next)
{
    private const int MaxLength = 255 + 6; // a DNS name and ":65535"

    public Task InvokeAsync(HttpContext context)
    {
        if (IsValid(context.Request.Host)) return next(context);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("Bad Host header.");
    }

    public static bool IsValid(HostString host)
    {
        var value = host.Value;
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength) return false;
        if (Uri.CheckHostName(host.Host) == UriHostNameType.Unknown) return false;
        var colon = value.LastIndexOf(':');
        var closing = value.LastIndexOf(']');
        if (colon <= closing) return true; // no port (an IPv6 address ends with ']')
        return int.TryParse(value.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port)
            && port is >= 1 and <= 65535;
    }
}

/// <summary>
/// Refuses, with 400, a request with a query parameter whose name is not printable ASCII (a CR or
/// LF in it, say): no parameter of the dashboard or its API is named so, and such a name is only
/// ever crafted (it would otherwise end up in a header such as the API's Link).
/// </summary>
public sealed class QueryNameCheck(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        foreach (var key in context.Request.Query.Keys)
            if (key.Any(c => c < ' ' || c > '~'))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask; // the status pages say why, as a problem on the API and a page elsewhere
            }
        return next(context);
    }
}
