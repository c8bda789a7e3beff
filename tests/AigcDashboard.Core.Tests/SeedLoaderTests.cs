using System.Text.Json.Nodes;
using AigcDashboard.Core.Data;
using AigcDashboard.Core.Seeding;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Core.Tests;

/// <summary>A broken seed file is refused with the file, record and field at fault.</summary>
public class SeedLoaderTests : IDisposable
{
    private readonly string dir = TestData.CopySeeds();

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private void Edit(string file, Action<JsonNode> change)
    {
        var path = Path.Combine(dir, file);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        change(node);
        File.WriteAllText(path, node.ToJsonString());
    }

    private async Task<SeedException> LoadFails() =>
        await Assert.ThrowsAsync<SeedException>(() => SeedLoader.LoadAsync(dir));

    [Fact]
    public async Task A_missing_required_field_names_file_record_and_field()
    {
        Edit("events.json", n => n[3]!.AsObject().Remove("titleEn"));
        var id = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "events.json")))![3]!["id"]!.GetValue<string>();
        var e = await LoadFails();
        Assert.Equal("events.json", e.File);
        Assert.Contains(id, e.Record);
        Assert.Equal("titleEn", e.Field);
    }

    [Fact]
    public async Task A_value_outside_the_vocabulary_is_refused()
    {
        Edit("placements.json", n => n[0]!["stage"] = "growth");
        var e = await LoadFails();
        Assert.Equal("placements.json", e.File);
        Assert.Equal("stage", e.Field);
        Assert.Contains("#1", e.Record);
    }

    [Fact]
    public async Task Malformed_json_reports_its_line()
    {
        File.WriteAllText(Path.Combine(dir, "metrics.json"), "[\n  {\"id\": \"m-x\",\n");
        var e = await LoadFails();
        Assert.Equal("metrics.json", e.File);
        Assert.Contains("line", e.Problem);
    }

    [Fact]
    public async Task A_reference_to_an_unknown_organization_is_refused()
    {
        Edit("funding-rounds.json", n => n[0]!["orgId"] = "no-such-company");
        var e = await LoadFails();
        Assert.Equal(("funding-rounds.json", "orgId"), (e.File, e.Field));
        Assert.Contains("no-such-company", e.Problem);
    }

    [Fact]
    public async Task A_precision_that_contradicts_the_date_is_refused()
    {
        Edit("events.json", n => { n[0]!["date"] = "2022-04"; n[0]!["precision"] = "day"; });
        var e = await LoadFails();
        Assert.Equal(("events.json", "precision"), (e.File, e.Field));
    }

    [Fact]
    public async Task An_impossible_date_is_refused()
    {
        Edit("events.json", n => { n[0]!["date"] = "2022-02-30"; n[0]!["precision"] = "day"; });
        var e = await LoadFails();
        Assert.Equal(("events.json", "date"), (e.File, e.Field));
    }

    [Fact]
    public async Task A_duplicate_id_is_refused()
    {
        Edit("organizations.json", n => n.AsArray().Add(n[0]!.DeepClone()));
        var e = await LoadFails();
        Assert.Equal(("organizations.json", "id"), (e.File, e.Field));
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        File.Delete(Path.Combine(dir, "sources.json"));
        var e = await LoadFails();
        Assert.Equal("sources.json", e.File);
        Assert.Contains("missing", e.Problem);
    }

    [Fact]
    public async Task A_broken_seed_leaves_the_database_untouched()
    {
        Edit("metrics.json", n => n[0]!["value"] = "a lot");
        using var database = new TestDatabase();
        await using var db = database.CreateContext();

        var e = await Assert.ThrowsAsync<SeedException>(() => DatabaseInitializer.InitializeAsync(db, dir));
        Assert.Equal(("metrics.json", "value"), (e.File, e.Field));

        using var cmd = database.Connection.CreateCommand();
        cmd.CommandText = database.Provider == DatabaseProvider.Postgres
            ? "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            : "SELECT count(*) FROM sqlite_master";
        Assert.Equal(0L, (long)cmd.ExecuteScalar()!);
    }

    [Fact]
    public async Task Import_is_one_transaction_a_failure_midway_writes_nothing()
    {
        var seeds = await SeedLoader.LoadAsync(dir);
        // An event naming an organization the import will not have: the database refuses it at SaveChanges.
        var broken = seeds with { Events = [.. seeds.Events, seeds.Events[0] with { Id = "ev-broken", OrgIds = ["ghost"] }] };
        using var database = new TestDatabase();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();

        await Assert.ThrowsAsync<DbUpdateException>(() => SeedImporter.ImportIfEmptyAsync(db, broken));

        db.ChangeTracker.Clear();
        Assert.Equal(0, await db.Sources.CountAsync());
        Assert.Equal(0, await db.Events.CountAsync());
    }

    [Fact]
    public async Task Importing_twice_adds_nothing_the_second_time()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();

        Assert.True(await DatabaseInitializer.InitializeAsync(db, dir));
        Assert.False(await DatabaseInitializer.InitializeAsync(db, dir));
        Assert.Equal(TestData.Seeds.Events.Count, await db.Events.CountAsync());
    }
}
