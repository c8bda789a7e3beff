using AigcDashboard.Core.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AigcDashboard.Core.Data;

public static class DatabaseInitializer
{
    /// <summary>Names the lock instances take on a PostgreSQL database while they initialize it.</summary>
    private const long InitializationLock = 0x41494743; // "AIGC"

    /// <summary>
    /// Validates the seed files first (a broken one throws <see cref="SeedException"/> before
    /// the database is touched), then applies the migrations and imports the seeds into an
    /// empty database in one transaction. Instances starting together take turns: on PostgreSQL
    /// behind an advisory lock, on SQLite behind the seeding transaction's write lock, so the
    /// first migrates and seeds and the others find it done.
    /// </summary>
    public static async Task<bool> InitializeAsync(DashboardDbContext db, string seedDirectory, CancellationToken ct = default)
    {
        var seeds = await SeedLoader.LoadAsync(seedDirectory, ct);
        try
        {
            await using var turn = await TakeTurnAsync(db, ct);
            await AdoptHandWrittenHistoryAsync(db, ct);
            // Migrating takes a lock (a write) even with nothing to do: only when something is pending,
            // so that an up-to-date read-only database still opens for reading.
            if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
            {
                await db.Database.MigrateAsync(ct);
                await NormalizeUserNamesAsync(db, ct);
            }
            return await SeedImporter.ImportIfEmptyAsync(db, seeds, ct);
        }
        catch (Exception e) when (Writability.Classify(e) is { } state)
        {
            throw new DatabaseUnavailableException(state, e);
        }
    }

    /// <summary>The migrations written by hand until 2026-12-04, in the order they ran. The
    /// generated baseline builds exactly the schema the last of them left.</summary>
    public static readonly string[] HandWrittenMigrations =
    [
        "20261123000000_InitialSchema", "20261123010000_AddEventHighlight", "20261123020000_AddFxRates",
        "20261125000000_AddEditing", "20261125010000_AddDataVersion",
    ];

    /// <summary>A database the hand-written migrations built has their names in its history, not the
    /// baseline's: its schema is the baseline's, so the baseline is recorded as applied (and only the
    /// migrations after it run). One that stopped part-way through them cannot be brought up here.</summary>
    private static async Task AdoptHandWrittenHistoryAsync(DashboardDbContext db, CancellationToken ct)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(ct)) return;
        var applied = (await history.GetAppliedMigrationsAsync(ct)).Select(r => r.MigrationId).ToHashSet();
        var baseline = db.Database.GetMigrations().First();
        if (applied.Contains(baseline) || !applied.Overlaps(HandWrittenMigrations)) return;
        if (!applied.IsSupersetOf(HandWrittenMigrations))
            throw new DatabaseSettingsException(
                $"The database was made by a version of the dashboard from before 2026-11-25 (its last migration is {applied.Max()}). " +
                "Start a dashboard version from before 2026-12-05 on it once, then this one.");
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())), ct);
    }

    /// <summary>Identity finds a user by the name as .NET upper-cases it (its default lookup
    /// normalizer); the migration that moved the accounts over could only use SQL's UPPER, which
    /// leaves non-ASCII letters alone on SQLite.</summary>
    private static async Task NormalizeUserNamesAsync(DashboardDbContext db, CancellationToken ct)
    {
        foreach (var user in await db.Users.ToListAsync(ct))
            user.NormalizedUserName = user.UserName?.Normalize().ToUpperInvariant();
        await db.SaveChangesAsync(ct); // writes only the names that changed
        db.ChangeTracker.Clear();
    }

    /// <summary>On PostgreSQL, waits for the initialization lock (a session advisory lock, which a
    /// read-only session may take too) and holds the connection until disposed.</summary>
    private static async Task<IAsyncDisposable> TakeTurnAsync(DashboardDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return new Turn(null);
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({InitializationLock})", ct);
        return new Turn(db);
    }

    private sealed class Turn(DashboardDbContext? db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (db is null) return;
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({InitializationLock})");
            await db.Database.CloseConnectionAsync();
        }
    }
}
