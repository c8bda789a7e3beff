using AigcDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AigcDashboard.Migrations.Sqlite;

/// <summary>What <c>dotnet ef</c> builds the model with when it adds a SQLite migration: no database
/// is opened for that.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<DashboardDbContext>
{
    public DashboardDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<DashboardDbContext>)DashboardDbContext
            .Configure(new DbContextOptionsBuilder<DashboardDbContext>(), "Data Source=design-time.db", DatabaseProvider.Sqlite).Options);
}
