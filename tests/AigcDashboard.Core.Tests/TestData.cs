using AigcDashboard.Core.Data;
using AigcDashboard.Core.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Core.Tests;

/// <summary>Paths of the repository's seed data, and databases built from it.</summary>
public static class TestData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SeedDirectory => Path.Combine(RepoRoot, "seeds");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AigcDashboard.sln"))) return dir.FullName;
        throw new InvalidOperationException("AigcDashboard.sln not found above " + AppContext.BaseDirectory);
    }

    private static readonly Lazy<SeedSet> seeds = new(() => SeedLoader.LoadAsync(SeedDirectory).GetAwaiter().GetResult());

    public static SeedSet Seeds => seeds.Value;

    /// <summary>A copy of the seed folder that a test may break.</summary>
    public static string CopySeeds()
    {
        var target = Path.Combine(Path.GetTempPath(), "aigc-seeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(target, "schemas"));
        foreach (var f in Directory.GetFiles(SeedDirectory, "*.json")) File.Copy(f, Path.Combine(target, Path.GetFileName(f)));
        foreach (var f in Directory.GetFiles(Path.Combine(SeedDirectory, "schemas"))) File.Copy(f, Path.Combine(target, "schemas", Path.GetFileName(f)));
        return target;
    }
}

/// <summary>An empty in-memory SQLite database, alive as long as this object.</summary>
public class InMemoryDatabase : IDisposable
{
    public SqliteConnection Connection { get; } = new("Data Source=:memory:");

    public InMemoryDatabase() => Connection.Open();

    public DashboardDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<DashboardDbContext>();
        DashboardDbContext.Configure(options, Connection);
        return new DashboardDbContext(options.Options);
    }

    public void Dispose()
    {
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>An in-memory SQLite database migrated and seeded from the real seed files.</summary>
public sealed class SeededDatabase : InMemoryDatabase
{
    public SeededDatabase()
    {
        using var db = CreateContext();
        DatabaseInitializer.InitializeAsync(db, TestData.SeedDirectory).GetAwaiter().GetResult();
    }
}
