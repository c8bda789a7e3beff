using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// Caches successful GET answers of the data API, keyed by the whole query and the resolved
/// language. Unlike the default policy it keeps responses that set the language cookie: that
/// cookie only repeats the ?lang= of the URL, which is part of the key. Entries carry the "data"
/// tag, so that a change of data evicts them all (<see cref="DataChanges"/>). With several
/// instances sharing one database (Cache:CheckDataVersion), entries are also keyed by the
/// database's data version, as it stood when the request came (<see cref="DataVersionReader"/>):
/// a change made through another instance, which cannot evict this one's entries, makes them
/// unreachable at once. Pages are not cached here: a prerendered page carries its circuit's
/// one-time descriptor; their data comes from the shared view cache instead.
/// </summary>
public sealed class DashboardCachePolicy : IOutputCachePolicy
{
    public const string DataTag = "data";

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = HttpMethods.IsGet(http.Request.Method) && http.User.Identity?.IsAuthenticated != true;
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["lang"] = Localization.Of(http);
        context.Tags.Add(DataTag);
        if (cacheable && ChecksDataVersion(http.RequestServices))
        {
            var version = await http.RequestServices.GetRequiredService<DataVersionReader>().ReadAsync(cancellation);
            context.CacheVaryByRules.VaryByValues["data"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static bool ChecksDataVersion(IServiceProvider services) =>
        services.GetRequiredService<IOptions<CacheOptions>>().Value.ChecksDataVersion(services.GetRequiredService<IOptions<DatabaseOptions>>().Value);

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}

/// <summary>What every committed change of data must be followed by: the cached API answers and
/// the shared views are dropped, so that the next request and every circuit's next view read it.</summary>
public sealed class DataChanges(IOutputCacheStore outputCache, Model.ViewCache views)
{
    public async Task CommittedAsync(CancellationToken ct = default)
    {
        views.Clear();
        await outputCache.EvictByTagAsync(DashboardCachePolicy.DataTag, ct);
    }
}
