using AigcDashboard.Core.Seeding;
using Microsoft.EntityFrameworkCore;

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
            // Migrating takes a lock (a write) even with nothing to do: only when something is pending,
            // so that an up-to-date read-only database still opens for reading.
            if ((await db.Database.GetPendingMigrationsAsync(ct)).Any()) await db.Database.MigrateAsync(ct);
            return await SeedImporter.ImportIfEmptyAsync(db, seeds, ct);
        }
        catch (Exception e) when (Writability.Classify(e) is { } state)
        {
            throw new DatabaseUnavailableException(state, e);
        }
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
