using Microsoft.AspNetCore.OutputCaching;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// Caches successful GET answers of the pages and the API, keyed by the whole query and by what
/// else changes the output: the language and theme (Accept-Language, cookies) and whether htmx
/// asked. Unlike the default policy it keeps responses that set the language cookie: that cookie
/// only repeats the ?lang= of the URL, which is part of the key. Entries carry the "data" tag, so
/// that a change of data evicts them all.
/// </summary>
public sealed class DashboardCachePolicy : IOutputCachePolicy
{
    public const string DataTag = "data";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = new(["Accept-Language", "Cookie", "HX-Request"]);
        context.Tags.Add(DataTag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
