using AigcDashboard.Core.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AigcDashboard.Web.Tests;

/// <summary>The real app on a database of its own, which it creates and seeds from the repository's
/// seeds at start: a temporary SQLite file, or a new database on the PostgreSQL test server.</summary>
public sealed class DashboardFactory : WebApplicationFactory<Program>
{
    private readonly TestAppDatabase database = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in database.Settings()) builder.UseSetting(key, value);
        builder.UseSetting("Seeds:Path", TestData.SeedDirectory);
        // The test client is one address sending for many; PageRateLimitTests turns the limit on.
        builder.UseSetting("RateLimits:PagesPerSecond", "0");
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        database.Dispose();
    }
}

/// <summary>One app instance on <paramref name="database"/> (which other instances may share), with
/// the test's connection options and <paramref name="settings"/>.</summary>
public sealed class InstanceFactory(TestAppDatabase database, string? sqliteOptions = null, string? postgresOptions = null,
    IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in database.Settings(sqliteOptions, postgresOptions)) builder.UseSetting(key, value);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        builder.UseSetting("Seeds:Path", TestData.SeedDirectory);
        builder.UseSetting("RateLimits:SignInPerMinute", "1000");
        builder.UseSetting("RateLimits:PagesPerSecond", "0");
        builder.UseEnvironment("Production");
    }
}
