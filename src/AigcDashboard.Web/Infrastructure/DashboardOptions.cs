using System.ComponentModel.DataAnnotations;
using AigcDashboard.Core.Data;
using Microsoft.Extensions.Options;

namespace AigcDashboard.Web.Infrastructure;

// Every setting the README names, bound from configuration (appsettings.json, the environment,
// the command line) and checked when the app starts: a bad value stops start-up with its reason.

/// <summary>Where the data lives: "ConnectionStrings:Dashboard", "Database:Provider" and "Database:LockTimeoutSeconds".</summary>
public sealed class DatabaseOptions
{
    public const string DefaultConnection = "Data Source=aigc-dashboard.db";

    /// <summary>Sqlite (the default) or Postgres.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>How long a save waits behind another writer's lock before it gives up (503,
    /// nothing written), unless the connection string sets its own timeout.</summary>
    [Range(1, 3600)] public int LockTimeoutSeconds { get; set; } = DashboardDbContext.DefaultLockTimeoutSeconds;

    /// <summary>Bound from ConnectionStrings:Dashboard, not from this section.</summary>
    [Required] public string ConnectionString { get; set; } = DefaultConnection;

    /// <summary>The provider named (a method, not a property: validation reads every property, and a bad name throws).</summary>
    public DatabaseProvider Kind() => DatabaseProviders.Parse(Provider);
}

/// <summary>"Seeds:Path": the folder of seed files; empty for the one beside the binaries.</summary>
public sealed class SeedOptions
{
    public string? Path { get; set; }

    public string Folder => string.IsNullOrWhiteSpace(Path) ? System.IO.Path.Combine(AppContext.BaseDirectory, "seeds") : Path;
}

/// <summary>"Cache": the shared view cache and, with several instances, the data-version check.</summary>
public sealed class CacheOptions
{
    /// <summary>Key cached answers by the database's data version (null: on for PostgreSQL).</summary>
    public bool? CheckDataVersion { get; set; }

    /// <summary>Whether this instance keys what it caches by the data version: by default only on PostgreSQL,
    /// which several instances may share.</summary>
    public bool ChecksDataVersion(DatabaseOptions database) => CheckDataVersion ?? database.Kind() == DatabaseProvider.Postgres;

    /// <summary>How much the shared view cache may hold, in its size units (about a kilobyte each); 0 turns it off.</summary>
    [Range(0, 10_000_000)] public int ViewCacheSize { get; set; } = 64_000;
}

/// <summary>"DataProtection:KeysPath": a key ring folder that every instance shares (none: this machine's own).</summary>
public sealed class KeyRingOptions
{
    public string? KeysPath { get; set; }
}

/// <summary>"RateLimits": requests per client address.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Sign-in tries a minute.</summary>
    [Range(1, 10_000)] public int SignInPerMinute { get; set; } = 5;

    /// <summary>Data API requests a second (a token bucket with bursts of twice that); 0 turns the limit off.</summary>
    [Range(0, 1_000_000)] public int ApiPerSecond { get; set; } = 50;

    /// <summary>Page loads a second (the prerendered first request of a view); 0 turns the limit off.</summary>
    [Range(0, 1_000_000)] public int PagesPerSecond { get; set; } = 20;
}

/// <summary>"Bench:StaticDirectory": files the benchmark serves as its static baseline (none in service).</summary>
public sealed class BenchOptions
{
    public string? StaticDirectory { get; set; }
}

/// <summary>Checks "Database:Provider" names a provider we have, with the same words as before options existed.</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        try
        {
            options.Kind();
            return ValidateOptionsResult.Success;
        }
        catch (DatabaseSettingsException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}

public static class DashboardOptionsSetup
{
    public static IServiceCollection AddDashboardOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection("Database"))
            .Configure(o => o.ConnectionString = configuration.GetConnectionString("Dashboard") ?? DatabaseOptions.DefaultConnection)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection("Seeds")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection("Cache")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KeyRingOptions>().Bind(configuration.GetSection("DataProtection")).ValidateOnStart();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection("RateLimits")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BenchOptions>().Bind(configuration.GetSection("Bench"));
        return services;
    }
}
