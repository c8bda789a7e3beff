using AigcDashboard.Core.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AigcDashboard.Web.Tests;

/// <summary>The real app on a temporary SQLite file, created and seeded from the repository's seeds.</summary>
public sealed class DashboardFactory : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"aigc-test-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Dashboard", $"Data Source={databasePath};Pooling=False");
        builder.UseSetting("Seeds:Path", TestData.SeedDirectory);
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var f in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }
}
