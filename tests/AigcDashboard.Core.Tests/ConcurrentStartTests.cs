using AigcDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Core.Tests;

/// <summary>Instances started together on one empty database (several app servers deployed at
/// once): one seeds it, the others find it seeded, and every one of them starts.</summary>
public class ConcurrentStartTests
{
    [Fact]
    public async Task Instances_starting_together_on_an_empty_database_seed_it_once_and_all_start()
    {
        using var database = new TestAppDatabase();
        DashboardDbContext Context() =>
            new((DbContextOptions<DashboardDbContext>)DashboardDbContext.Configure(new DbContextOptionsBuilder<DashboardDbContext>(), database.ConnectionString(), database.Provider).Options);

        var contexts = Enumerable.Range(0, 4).Select(_ => Context()).ToList();
        try
        {
            var seeded = await Task.WhenAll(contexts.Select(db => Task.Run(() => DatabaseInitializer.InitializeAsync(db, TestData.SeedDirectory))));
            Assert.Equal(1, seeded.Count(s => s));
        }
        finally
        {
            foreach (var db in contexts) await db.DisposeAsync();
        }
        await using var check = Context();
        Assert.Equal(TestData.Seeds.Events.Count, await check.Events.CountAsync());
        Assert.Equal(TestData.Seeds.Sources.Count, await check.Sources.CountAsync());
    }
}
