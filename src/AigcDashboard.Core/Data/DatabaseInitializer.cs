using AigcDashboard.Core.Seeding;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Core.Data;

public static class DatabaseInitializer
{
    /// <summary>
    /// Validates the seed files first (a broken one throws <see cref="SeedException"/> before
    /// the database is touched), then applies the migrations and imports the seeds into an
    /// empty database in one transaction.
    /// </summary>
    public static async Task<bool> InitializeAsync(DashboardDbContext db, string seedDirectory, CancellationToken ct = default)
    {
        var seeds = await SeedLoader.LoadAsync(seedDirectory, ct);
        try
        {
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
}
