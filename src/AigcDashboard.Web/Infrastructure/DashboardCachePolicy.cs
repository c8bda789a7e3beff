using Microsoft.AspNetCore.OutputCaching;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// Caches successful GET answers of the pages and the API, keyed by the whole query and by what
/// else changes the output: the language and theme and whether htmx asked. Unlike the default policy it keeps responses that set the language cookie: that cookie
/// only repeats the ?lang= of the URL, which is part of the key. Entries carry the "data" tag, so
/// that a change of data evicts them all.
/// With <paramref name="checkDataVersion"/> (several instances sharing one database), entries are
/// also keyed by the database's data version, as it stood when the request came
/// (<see cref="DataVersionReader"/>): a change made through another instance, which cannot evict
/// this one's entries, makes them unreachable at once.
/// </summary>
public sealed class DashboardCachePolicy(bool checkDataVersion) : IOutputCachePolicy
{
    public const string DataTag = "data";

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        // Signed-in editors see fresh pages of their own; forms (antiforgery tokens) are never shared.
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && context.HttpContext.User.Identity?.IsAuthenticated != true
            && context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<NotCachedAttribute>() is null;
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        context.CacheVaryByRules.QueryKeys = "*";
        // Keyed by what the page depends on, not by the raw headers it came from: the language as
        // resolved (from ?lang=, the cookie or Accept-Language) and the theme cookie. Keying by
        // the whole Cookie and Accept-Language headers split one page into an entry per browser.
        context.CacheVaryByRules.HeaderNames = new(["HX-Request"]);
        context.CacheVaryByRules.VaryByValues["lang"] =
            context.HttpContext.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? "";
        context.CacheVaryByRules.VaryByValues["theme"] = request.Cookies[Themes.CookieName] ?? "";
        context.Tags.Add(DataTag);
        if (cacheable && checkDataVersion)
        {
            var version = await context.HttpContext.RequestServices.GetRequiredService<DataVersionReader>().ReadAsync(cancellation);
            context.CacheVaryByRules.VaryByValues["data"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}

/// <summary>Marks a page that must never come from the output cache (it holds a form or a user's data).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotCachedAttribute : Attribute;
