using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace AigcDashboard.Web.Endpoints;

/// <summary>/healthz answers with the state of each check as JSON (no exception details).</summary>
public static class HealthResponse
{
    public static readonly HealthCheckOptions Options = new()
    {
        ResponseWriter = (context, report) =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            return context.Response.WriteAsync(JsonSerializer.Serialize(new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            }));
        },
    };
}
