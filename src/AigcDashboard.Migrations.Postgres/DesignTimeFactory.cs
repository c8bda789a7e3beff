using AigcDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AigcDashboard.Migrations.Postgres;

/// <summary>What <c>dotnet ef</c> builds the model with when it adds a PostgreSQL migration: no database
/// is opened for that.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<DashboardDbContext>
{
    public DashboardDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<DashboardDbContext>)DashboardDbContext
            .Configure(new DbContextOptionsBuilder<DashboardDbContext>(), "Host=localhost;Database=design-time", DatabaseProvider.Postgres).Options);
}
