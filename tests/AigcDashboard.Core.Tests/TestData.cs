using AigcDashboard.Core.Data;
using AigcDashboard.Core.Seeding;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AigcDashboard.Core.Tests;

/// <summary>Paths of the repository's seed data, and databases built from it.</summary>
public static class TestData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SeedDirectory => Path.Combine(RepoRoot, "seeds");

    /// <summary>Deletes every edited record (sources and the stage framework stay): the "emptied
    /// database" an export of everything is restored into.</summary>
    public static async Task EmptyEditedRecordsAsync(DashboardDbContext db)
    {
        await db.Placements.ExecuteDeleteAsync();
        await db.Metrics.ExecuteDeleteAsync();
        await db.FundingInvestors.ExecuteDeleteAsync();
        await db.FundingRounds.ExecuteDeleteAsync();
        await db.EventOrganizations.ExecuteDeleteAsync();
        await db.Events.ExecuteDeleteAsync();
        await db.Organizations.ExecuteDeleteAsync();
    }

    /// <summary>Gives <paramref name="db"/> the schema the hand-written migrations left (the
    /// baseline's), with their names in its history instead of the baseline's: a database as the
    /// dashboard made it until 2026-12-04.</summary>
    public static async Task BuildAsHandWrittenAsync(DashboardDbContext db, string[]? history = null)
    {
        var migrator = db.GetService<IMigrator>();
        var repository = db.GetService<IHistoryRepository>();
        var baseline = db.Database.GetMigrations().First();
        await migrator.MigrateAsync(baseline);
        await db.Database.ExecuteSqlRawAsync(repository.GetDeleteScript(baseline));
        foreach (var id in history ?? DatabaseInitializer.HandWrittenMigrations)
            await db.Database.ExecuteSqlRawAsync(repository.GetInsertScript(new HistoryRow(id, "10.0.15")));
    }

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

/// <summary>
/// The database server the tests run against: the embedded SQLite by default, or the PostgreSQL
/// server whose connection string is in AIGC_TEST_POSTGRES (test.sh's second pass sets it).
/// </summary>
public static class TestServer
{
    public static string? Postgres { get; } = Environment.GetEnvironmentVariable("AIGC_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static DatabaseProvider Provider => Postgres is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;

    /// <summary>A connection string for database <paramref name="name"/> on the test server.</summary>
    public static string PostgresDatabase(string name) => new NpgsqlConnectionStringBuilder(Postgres) { Database = name }.ConnectionString;

    /// <summary>Creates a PostgreSQL database (empty, or a copy of <paramref name="template"/>) and
    /// returns its name; <see cref="DropPostgresDatabase"/> removes it.</summary>
    public static string CreatePostgresDatabase(string? template = null)
    {
        var name = "aigc_t_" + Guid.NewGuid().ToString("N");
        Admin($"CREATE DATABASE {name}" + (template is null ? "" : $" TEMPLATE {template}"));
        return name;
    }

    public static void DropPostgresDatabase(string name)
    {
        NpgsqlConnection.ClearAllPools();
        Admin($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    public static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresDatabase("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static readonly Lazy<string> seededTemplate = new(() =>
    {
        // Migrated and seeded once per test run; each SeededDatabase is a quick copy of it.
        var name = "aigc_seeded_" + Environment.ProcessId;
        Admin($"DROP DATABASE IF EXISTS {name}");
        Admin($"CREATE DATABASE {name}");
        var options = new DbContextOptionsBuilder<DashboardDbContext>();
        DashboardDbContext.Configure(options, PostgresDatabase(name) + ";Pooling=false", DatabaseProvider.Postgres);
        using (var db = new DashboardDbContext(options.Options))
            DatabaseInitializer.InitializeAsync(db, TestData.SeedDirectory).GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropPostgresDatabase(name);
        return name;
    });

    public static string SeededPostgresTemplate => seededTemplate.Value;
}

/// <summary>An empty database of the test run's provider, alive as long as this object: an
/// in-memory SQLite database, or a new database on the PostgreSQL test server.</summary>
public class TestDatabase : IDbContextFactory<DashboardDbContext>, IDisposable
{
    private readonly string? postgresName;
    private DbConnection? connection;

    public TestDatabase() : this(template: null) { }

    protected TestDatabase(string? template)
    {
        if (TestServer.Provider == DatabaseProvider.Postgres)
            postgresName = TestServer.CreatePostgresDatabase(template);
        else
        {
            connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
        }
    }

    public DatabaseProvider Provider => TestServer.Provider;

    /// <summary>An open connection to the database, for reading its catalogue.</summary>
    public DbConnection Connection
    {
        get
        {
            if (connection is null)
            {
                connection = new NpgsqlConnection(TestServer.PostgresDatabase(postgresName!));
                connection.Open();
            }
            return connection;
        }
    }

    /// <summary>A new context on this database, as the app's IDbContextFactory gives one per query.</summary>
    public DashboardDbContext CreateDbContext() => CreateContext();

    public DashboardDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<DashboardDbContext>();
        if (postgresName is null) DashboardDbContext.Configure(options, connection!);
        else DashboardDbContext.Configure(options, TestServer.PostgresDatabase(postgresName), DatabaseProvider.Postgres);
        return new DashboardDbContext(options.Options);
    }

    public void Dispose()
    {
        connection?.Dispose();
        if (postgresName is not null) TestServer.DropPostgresDatabase(postgresName);
        GC.SuppressFinalize(this);
    }
}

/// <summary>A database migrated and seeded from the real seed files.</summary>
public sealed class SeededDatabase : TestDatabase
{
    public SeededDatabase() : base(TestServer.Provider == DatabaseProvider.Postgres ? TestServer.SeededPostgresTemplate : null)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            using var db = CreateContext();
            DatabaseInitializer.InitializeAsync(db, TestData.SeedDirectory).GetAwaiter().GetResult();
        }
    }
}

/// <summary>An empty database for an app under test, on the test run's provider; the app makes
/// its schema. <paramref name="sqliteOptions"/> and <paramref name="postgresOptions"/> are added to
/// the connection string (Mode=ReadOnly, say).</summary>
public sealed class TestAppDatabase : IDisposable
{
    private readonly string? postgresName = TestServer.Provider == DatabaseProvider.Postgres ? TestServer.CreatePostgresDatabase() : null;

    public string SqlitePath { get; } = Path.Combine(Path.GetTempPath(), $"aigc-test-{Guid.NewGuid():N}.db");

    public DatabaseProvider Provider => TestServer.Provider;

    public string ConnectionString(string? sqliteOptions = null, string? postgresOptions = null) => postgresName is null
        ? $"Data Source={SqlitePath};Pooling=False" + (sqliteOptions is null ? "" : ";" + sqliteOptions)
        : TestServer.PostgresDatabase(postgresName) + (postgresOptions is null ? "" : ";" + postgresOptions);

    /// <summary>The app settings that point it at this database.</summary>
    public Dictionary<string, string> Settings(string? sqliteOptions = null, string? postgresOptions = null) => new()
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Dashboard"] = ConnectionString(sqliteOptions, postgresOptions),
    };

    public void Dispose()
    {
        if (postgresName is not null) TestServer.DropPostgresDatabase(postgresName);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { SqlitePath, SqlitePath + "-journal", SqlitePath + "-wal", SqlitePath + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }
}
