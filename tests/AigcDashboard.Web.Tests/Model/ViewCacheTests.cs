using AigcDashboard.Web.Infrastructure;
using AigcDashboard.Web.Model;
using Microsoft.Extensions.Options;

namespace AigcDashboard.Web.Tests.Model;

/// <summary>The shared view cache: one computation per view however many ask, bounded, emptied by a change.</summary>
public class ViewCacheTests
{
    private sealed record View(int Size, int Number) : ISizedView;

    private static ViewCache Cache(int size = 100) => new(Options.Create(new CacheOptions { ViewCacheSize = size }));

    [Fact]
    public async Task Many_who_ask_at_once_share_one_computation()
    {
        using var cache = Cache();
        var computed = 0;
        var release = new TaskCompletionSource();
        async Task<View> Compute(CancellationToken _)
        {
            Interlocked.Increment(ref computed);
            await release.Task;
            return new View(1, computed);
        }
        var asks = Enumerable.Range(0, 20).Select(_ => cache.GetAsync("v", Compute, default)).ToList();
        release.SetResult();
        var views = await Task.WhenAll(asks);
        Assert.Equal(1, computed);
        Assert.All(views, v => Assert.Same(views[0], v));
    }

    [Fact]
    public async Task A_change_of_data_empties_it()
    {
        using var cache = Cache();
        var n = 0;
        var first = await cache.GetAsync("v", _ => Task.FromResult(new View(1, ++n)), default);
        Assert.Same(first, await cache.GetAsync("v", _ => Task.FromResult(new View(1, ++n)), default));
        cache.Clear();
        Assert.Equal(2, (await cache.GetAsync("v", _ => Task.FromResult(new View(1, ++n)), default)).Number);
    }

    [Fact]
    public async Task It_holds_no_more_than_its_size()
    {
        using var cache = Cache(size: 50);
        for (var i = 0; i < 600; i++)
            await cache.GetAsync($"address-{i}", _ => Task.FromResult(new View(5, i)), default);
        await Task.Delay(100); // the cache compacts in the background
        Assert.InRange(cache.Count, 1, 10);
    }

    [Fact]
    public async Task A_failed_computation_is_not_kept()
    {
        using var cache = Cache();
        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync<View>("v", _ => throw new InvalidOperationException(), default));
        await Task.Delay(50);
        Assert.Equal(7, (await cache.GetAsync("v", _ => Task.FromResult(new View(1, 7)), default)).Number);
    }

    [Fact]
    public async Task A_caller_that_stops_waiting_does_not_stop_the_computation_for_the_others()
    {
        using var cache = Cache();
        var release = new TaskCompletionSource();
        using var impatient = new CancellationTokenSource();
        var first = cache.GetAsync("v", async _ => { await release.Task; return new View(1, 1); }, impatient.Token);
        var second = cache.GetAsync("v", _ => Task.FromResult(new View(1, 2)), default);
        impatient.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        release.SetResult();
        Assert.Equal(1, (await second).Number);
    }
}
