using AigcDashboard.Core.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>/healthz "writes": Healthy when a save could be written now; Degraded (reads still
/// served) when the database is read-only or locked.</summary>
public sealed class WritableHealthCheck(DashboardDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await Writability.ProbeAsync(db, ct) switch
        {
            WriteState.Writable => HealthCheckResult.Healthy("writable"),
            WriteState.ReadOnly => HealthCheckResult.Degraded("read-only: the data can be read but not changed"),
            _ => HealthCheckResult.Degraded("locked: another writer holds the database; changes wait"),
        };
}
