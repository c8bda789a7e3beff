using AigcDashboard.Core.Data;
using AigcDashboard.Core.Model;

namespace AigcDashboard.Core.Tests;

/// <summary>The lock timeout the app adds to a connection string, unless the string names its own.</summary>
public class LockTimeoutTests
{
    [Theory]
    [InlineData("Data Source=a.db", "Data Source=a.db;Default Timeout=5")]
    [InlineData("Data Source=a.db;Default Timeout=1", "Data Source=a.db;Default Timeout=1")]
    [InlineData("Data Source=a.db;Command Timeout=60", "Data Source=a.db;Command Timeout=60")]
    public void Sqlite_waits_for_a_busy_database_as_long_as_configured(string given, string expected) =>
        Assert.Equal(expected, DashboardDbContext.WithLockTimeout(given, DatabaseProvider.Sqlite, 5));

    [Theory]
    [InlineData("Host=db;Database=aigc", "Host=db;Database=aigc;Options=\"-c lock_timeout=5000\"")]
    [InlineData("Host=db;Database=aigc;Options=-c search_path=x", "Host=db;Database=aigc;Options=\"-c search_path=x -c lock_timeout=5000\"")]
    [InlineData("Host=db;Options=-c lock_timeout=1000", "Host=db;Options=-c lock_timeout=1000")]
    public void Postgres_lets_a_statement_wait_for_a_lock_as_long_as_configured(string given, string expected) =>
        Assert.Equal(expected, DashboardDbContext.WithLockTimeout(given, DatabaseProvider.Postgres, 5));
}
