using System.Data.Common;
using System.Net;
using System.Text.Json;
using AigcDashboard.Core.Data;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Infrastructure;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;

namespace AigcDashboard.Web.Tests;

/// <summary>A database that takes no writes (read-only, or locked by another writer): reading
/// goes on, /healthz says why nothing can change, an editor is told and nothing is written.
/// On PostgreSQL, read-only is a session setting and the lock another session's LOCK TABLE.</summary>
public sealed class FaultTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TestAppDatabase database = new();

    public FaultTests()
    {
        // A seeded database with an editor, made by the app itself.
        using var setup = new InstanceFactory(database);
        Forms.CreateUserAsync(setup, "olga", Roles.Editor).GetAwaiter().GetResult();
    }

    public void Dispose() => database.Dispose();

    /// <summary>Another session holding the lock that saves need, until disposed.</summary>
    private async Task<DbConnection> HoldWriteLockAsync()
    {
        DbConnection other = database.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(database.ConnectionString())
            : new SqliteConnection(database.ConnectionString());
        await other.OpenAsync();
        await using var take = other.CreateCommand();
        take.CommandText = database.Provider == DatabaseProvider.Postgres
            ? "BEGIN; LOCK TABLE \"Events\" IN EXCLUSIVE MODE" // readers may go on, writers wait
            : "BEGIN IMMEDIATE";
        await take.ExecuteNonQueryAsync();
        return other;
    }

    private static async Task<JsonElement> Health(HttpClient client)
    {
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // degraded, still serving
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static Task<HttpClient> SignedIn(WebApplicationFactory<Program> app) => Forms.SignedInAsync(app, "olga");

    private static Task<HttpResponseMessage> SaveTitle(HttpClient client, string title) => Forms.SaveEventTitleAsync(client, "ev-chatgpt-launch", title);

    [Fact]
    public async Task A_read_only_database_is_read_reported_and_never_written()
    {
        using var app = new InstanceFactory(database, "Mode=ReadOnly", "Options=-c default_transaction_read_only=on");
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/timeline?lang=en&region=CN")).StatusCode);
        var health = await Health(client);
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        Assert.StartsWith("read-only", health.GetProperty("checks").GetProperty("writes").GetProperty("description").GetString());

        var editor = await SignedIn(app);
        Assert.Contains("read-only", Parser.ParseDocument(await editor.GetStringAsync("/admin?lang=en")).QuerySelector(".write-state")!.TextContent);
        var refused = await SaveTitle(editor, "Written to a read-only database");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var doc = Parser.ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Nothing was written", doc.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("Written to a read-only database", doc.QuerySelector("#f-input-titleen")!.GetAttribute("value"));
        Assert.DoesNotContain("Written to a read-only", await client.GetStringAsync("/timeline?lang=en&event=ev-chatgpt-launch&x=1"));
    }

    [Fact]
    public async Task A_database_locked_by_another_writer_still_serves_reads_refuses_saves_and_recovers()
    {
        // Saves wait one second for a lock, then give up.
        using var app = new InstanceFactory(database, "Default Timeout=1", "Options=-c lock_timeout=1000");
        var client = app.CreateClient();
        var editor = await SignedIn(app);
        Assert.Equal("Healthy", (await Health(client)).GetProperty("status").GetString());

        await using (await HoldWriteLockAsync())
        {
            var health = await Health(client);
            Assert.StartsWith("locked", health.GetProperty("checks").GetProperty("writes").GetProperty("description").GetString());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/timeline?lang=en&region=US")).StatusCode); // readers are not blocked
            var refused = await SaveTitle(editor, "Saved while locked");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Contains("locked", Parser.ParseDocument(await refused.Content.ReadAsStringAsync()).QuerySelector(".alert-danger")!.TextContent);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SaveTitle(editor, "Saved once the lock is gone")).StatusCode);
        Assert.Equal("Healthy", (await Health(client)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Without_a_timeout_in_the_connection_string_a_save_gives_up_after_the_configured_one()
    {
        // Database:LockTimeoutSeconds (5 by default), not the drivers' 30 s: 31 s before it was set.
        using var app = new InstanceFactory(database, settings: new Dictionary<string, string> { ["Database:LockTimeoutSeconds"] = "2" });
        var editor = await SignedIn(app);
        await using (await HoldWriteLockAsync())
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            var refused = await SaveTitle(editor, "Saved while locked");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.InRange(waited.Elapsed.TotalSeconds, 1.5, 20); // it waited for the lock, then gave up
        }
        Assert.Equal(HttpStatusCode.Redirect, (await SaveTitle(editor, "Saved once the lock is gone")).StatusCode);
    }
}
