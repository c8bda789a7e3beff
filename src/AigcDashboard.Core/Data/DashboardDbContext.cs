using System.Data.Common;
using AigcDashboard.Core.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AigcDashboard.Core.Data;

/// <summary>The dashboard's data and its accounts (ASP.NET Core Identity's tables).</summary>
public sealed class DashboardDbContext(DbContextOptions<DashboardDbContext> options)
    : IdentityDbContext<DashboardUser, IdentityRole, string>(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventOrganization> EventOrganizations => Set<EventOrganization>();
    public DbSet<FundingRound> FundingRounds => Set<FundingRound>();
    public DbSet<FundingInvestor> FundingInvestors => Set<FundingInvestor>();
    public DbSet<Metric> Metrics => Set<Metric>();
    public DbSet<FrameworkTerm> FrameworkTerms => Set<FrameworkTerm>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<FxRate> FxRates => Set<FxRate>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataVersion> DataVersions => Set<DataVersion>();

    /// <summary>Moves the data version on; called in the transaction of every change of data.</summary>
    public Task BumpDataVersionAsync(CancellationToken ct) =>
        DataVersions.ExecuteUpdateAsync(s => s.SetProperty(v => v.Value, v => v.Value + 1), ct);

    /// <summary>The data version now.</summary>
    public Task<long> DataVersionAsync(CancellationToken ct) =>
        DataVersions.AsNoTracking().Where(v => v.Id == DataVersion.RowId).Select(v => v.Value).SingleAsync(ct);

    /// <summary>Options for the embedded SQLite default, or for a PostgreSQL server. A save behind
    /// another writer's lock gives up after <paramref name="lockTimeoutSeconds"/> (unless the
    /// connection string sets its own), rather than after the drivers' 30 s.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString,
        DatabaseProvider provider = DatabaseProvider.Sqlite, int lockTimeoutSeconds = DefaultLockTimeoutSeconds)
    {
        var withTimeout = WithLockTimeout(connectionString, provider, lockTimeoutSeconds);
        return provider == DatabaseProvider.Postgres
            ? builder.UseNpgsql(withTimeout, o => o.MigrationsAssembly(PostgresMigrations))
            : builder.UseSqlite(withTimeout, o => o.MigrationsAssembly(SqliteMigrations));
    }

    public const int DefaultLockTimeoutSeconds = 5;

    /// <summary>The connection string with a lock timeout, unless it names one: SQLite's
    /// "Default Timeout" (how long a command waits for a busy database) or PostgreSQL's
    /// lock_timeout (how long the server lets a statement wait for a lock).</summary>
    public static string WithLockTimeout(string connectionString, DatabaseProvider provider, int seconds)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var pg = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            if (pg.Options?.Contains("lock_timeout", StringComparison.OrdinalIgnoreCase) == true) return connectionString;
            pg.Options = $"{pg.Options} -c lock_timeout={seconds * 1000}".Trim();
            return pg.ConnectionString;
        }
        var named = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (new[] { "default timeout", "defaulttimeout", "command timeout", "commandtimeout" }.Any(named.ContainsKey)) return connectionString;
        return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = seconds }.ConnectionString;
    }

    /// <summary>Options for an open SQLite connection (tests keep an in-memory database this way).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DbConnection connection) =>
        builder.UseSqlite(connection, o => o.MigrationsAssembly(SqliteMigrations));

    // EF Core writes provider-specific column types into the migrations it generates, so each
    // provider has its own set, in an assembly of its own (the host references both).
    public const string SqliteMigrations = "AigcDashboard.Migrations.Sqlite";
    public const string PostgresMigrations = "AigcDashboard.Migrations.Postgres";

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        // The two roles exist in every database; their ids are their names.
        b.Entity<IdentityRole>().HasData(Core.Model.Roles.All.Select(r => new IdentityRole(r) { Id = r, NormalizedName = r.ToUpperInvariant(), ConcurrencyStamp = r }));

        b.Entity<Source>(e =>
        {
            e.ToTable("Sources");
            e.HasKey(x => x.Id);
        });

        b.Entity<Organization>(e =>
        {
            e.ToTable("Organizations");
            e.HasKey(x => x.Id);
            e.HasOne<Source>().WithMany().HasForeignKey(x => x.SourceId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.Region);
            e.HasIndex(x => x.SourceId);
        });

        b.Entity<Event>(e =>
        {
            e.ToTable("Events");
            e.HasKey(x => x.Id);
            e.Ignore(x => x.When);
            e.HasOne<Source>().WithMany().HasForeignKey(x => x.SourceId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Organizations).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.Date);
            e.HasIndex(x => new { x.Region, x.Date });
            e.HasIndex(x => new { x.Category, x.Date });
            e.HasIndex(x => new { x.Stage, x.Date });
            e.Property(x => x.Highlight).HasDefaultValue(false);
            e.HasIndex(x => x.SourceId);
        });

        b.Entity<EventOrganization>(e =>
        {
            e.ToTable("EventOrganizations");
            e.HasKey(x => new { x.EventId, x.OrganizationId });
            e.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.OrganizationId);
        });

        b.Entity<FundingRound>(e =>
        {
            e.ToTable("FundingRounds");
            e.HasKey(x => x.Id);
            e.Ignore(x => x.When);
            e.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Source>().WithMany().HasForeignKey(x => x.SourceId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Investors).WithOne().HasForeignKey(x => x.FundingRoundId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.Date);
            e.HasIndex(x => x.OrganizationId);
            e.HasIndex(x => x.SourceId);
        });

        b.Entity<FundingInvestor>(e =>
        {
            e.ToTable("FundingInvestors");
            e.HasKey(x => new { x.FundingRoundId, x.OrganizationId });
            e.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.OrganizationId);
        });

        b.Entity<Metric>(e =>
        {
            e.ToTable("Metrics");
            e.HasKey(x => x.Id);
            e.Ignore(x => x.When);
            e.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Source>().WithMany().HasForeignKey(x => x.SourceId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.Region, x.Date });
            e.HasIndex(x => x.OrganizationId);
            e.HasIndex(x => x.Kind);
            e.HasIndex(x => x.SourceId);
        });

        b.Entity<FrameworkTerm>(e =>
        {
            e.ToTable("FrameworkTerms");
            e.HasKey(x => new { x.Axis, x.Id });
        });

        b.Entity<FxRate>(e =>
        {
            e.ToTable("FxRates");
            e.HasKey(x => new { x.Currency, x.Year });
        });

        var listComparer = new ValueComparer<List<string>>(
            (a, c) => a!.SequenceEqual(c!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())), v => v.ToList());
        b.Entity<Placement>(e =>
        {
            e.ToTable("Placements");
            e.HasKey(x => x.Id);
            e.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Source>().WithMany().HasForeignKey(x => x.SourceId).OnDelete(DeleteBehavior.Restrict);
            // A placement names a handful of terms; stored as a space-separated list because the
            // pivot reads placements whole and never filters on one term in SQL.
            e.Property(x => x.BusinessModels).HasConversion(v => string.Join(' ', v), v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(), listComparer);
            e.Property(x => x.Modalities).HasConversion(v => string.Join(' ', v), v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(), listComparer);
            e.HasIndex(x => x.Stage);
            e.HasIndex(x => x.OrganizationId);
            e.HasIndex(x => x.SourceId);
        });

        foreach (var type in new[] { typeof(Organization), typeof(Event), typeof(FundingRound), typeof(Metric), typeof(Placement) })
            b.Entity(type).Property(nameof(IVersioned.Version)).IsConcurrencyToken().HasDefaultValue(0);
        b.Entity<AuditEntry>(e =>
        {
            e.ToTable("AuditEntries");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.AtUtc);
            e.HasIndex(x => new { x.Entity, x.EntityId });
        });
        b.Entity<DataVersion>(e =>
        {
            e.ToTable("DataVersion");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasData(new DataVersion { Id = DataVersion.RowId, Value = 0 });
        });
    }
}
