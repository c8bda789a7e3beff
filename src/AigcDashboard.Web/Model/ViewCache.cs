using AigcDashboard.Web.Infrastructure;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AigcDashboard.Web.Model;

/// <summary>
/// The views that many circuits show at once, computed once and shared from memory: a view model
/// is immutable, so every circuit showing the same view holds the same object. Requests for a
/// view that is being computed wait for that computation instead of starting their own. The
/// cache is bounded in size (Cache:ViewCacheSize, in units of about a kilobyte that each view
/// estimates for itself), so that addresses made up by the thousand cannot fill the memory, and
/// it is emptied whenever a change to the data commits (<see cref="Clear"/>).
/// </summary>
public sealed class ViewCache : IDisposable
{
    private readonly MemoryCache? cache;
    private CancellationTokenSource generation = new();

    public ViewCache(IOptions<CacheOptions> options)
    {
        var size = options.Value.ViewCacheSize;
        if (size > 0) cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = size, CompactionPercentage = 0.25 });
    }

    /// <summary>The view under <paramref name="key"/>, computed by <paramref name="compute"/> when it
    /// is not cached. The computation runs to its end even when the caller that started it stops
    /// waiting (others may wait for it too); a failed one is not kept.</summary>
    public async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> compute, CancellationToken ct) where T : class, ISizedView
    {
        if (cache is null) return await compute(ct);
        var token = generation.Token;
        if (!cache.TryGetValue(key, out Lazy<Task<T>>? entry) || entry is null)
        {
            var created = new Lazy<Task<T>>(() => compute(CancellationToken.None));
            // Placed with a provisional size; the real one is known once computed.
            entry = cache.GetOrCreate(key, e =>
            {
                e.Size = 1;
                e.AddExpirationToken(new Microsoft.Extensions.Primitives.CancellationChangeToken(token));
                return created;
            })!;
            if (ReferenceEquals(entry, created)) _ = StoreSizeAsync(key, created, token);
        }
        return await entry.Value.WaitAsync(ct);
    }

    private async Task StoreSizeAsync<T>(string key, Lazy<Task<T>> entry, CancellationToken generationToken) where T : class, ISizedView
    {
        try
        {
            var view = await entry.Value;
            if (generationToken.IsCancellationRequested) return;
            cache!.Set(key, entry, new MemoryCacheEntryOptions { Size = Math.Max(1, view.Size) }
                .AddExpirationToken(new Microsoft.Extensions.Primitives.CancellationChangeToken(generationToken)));
        }
        catch
        {
            cache!.Remove(key); // the next request tries again
        }
    }

    /// <summary>Forgets every view: the data changed.</summary>
    public void Clear()
    {
        var old = Interlocked.Exchange(ref generation, new CancellationTokenSource());
        old.Cancel();
        old.Dispose();
        cache?.Compact(1.0);
    }

    /// <summary>How many views are held now (for tests and the benchmark).</summary>
    public int Count => cache?.Count ?? 0;

    public void Dispose()
    {
        cache?.Dispose();
        generation.Dispose();
    }
}

/// <summary>A view model that says roughly how much memory it holds, in kilobytes.</summary>
public interface ISizedView
{
    int Size { get; }
}
