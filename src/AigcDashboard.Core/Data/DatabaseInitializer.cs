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
        await db.Database.MigrateAsync(ct);
        return await SeedImporter.ImportIfEmptyAsync(db, seeds, ct);
    }
}
