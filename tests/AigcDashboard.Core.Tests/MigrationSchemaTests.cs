using System.Data.Common;
using AigcDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using AigcDashboard.Core.Seeding;

namespace AigcDashboard.Core.Tests;

/// <summary>The generated migrations of the test run's provider build exactly the schema the model
/// describes, and a database the hand-written migrations built before 2026-12-05 is recognised
/// and brought up to date, its data kept.</summary>
public class MigrationSchemaTests
{
    [Fact]
    public async Task Migration_creates_the_same_tables_columns_and_indexes_as_the_model()
    {
        var migrated = await SchemaOf(db => db.Database.MigrateAsync());
        var modelled = await SchemaOf(db => db.Database.EnsureCreatedAsync());
        Assert.Equal(modelled, migrated);
    }

    [Fact]
    public void The_model_has_no_change_that_a_migration_lacks()
    {
        using var database = new TestDatabase();
        using var db = database.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: add a migration for each provider (see the README).");
    }

    [Fact]
    public async Task The_baseline_builds_the_schema_the_hand_written_migrations_left()
    {
        var baseline = await SchemaOf(db => db.GetService<IMigrator>().MigrateAsync(Baseline(db)));
        Assert.Equal(await File.ReadAllLinesAsync(HandWrittenSchemaFile), baseline);
    }

    [Fact]
    public async Task A_database_the_hand_written_migrations_built_is_recognised_and_brought_up_to_date()
    {
        using var database = new TestDatabase();
        await using (var db = database.CreateContext())
        {
            await TestData.BuildAsHandWrittenAsync(db);
            await SeedImporter.ImportIfEmptyAsync(db, TestData.Seeds);
        }
        await using (var db = database.CreateContext())
        {
            Assert.False(await DatabaseInitializer.InitializeAsync(db, TestData.SeedDirectory));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(TestData.Seeds.Events.Count, await db.Events.CountAsync());
            Assert.Equal(TestData.Seeds.FundingRounds.Count, await db.FundingRounds.CountAsync());
        }
    }

    [Fact]
    public async Task A_database_left_part_way_through_the_hand_written_migrations_is_refused_with_the_reason()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();
        await TestData.BuildAsHandWrittenAsync(db, DatabaseInitializer.HandWrittenMigrations[..3]);

        var refused = await Assert.ThrowsAsync<DatabaseSettingsException>(() => DatabaseInitializer.InitializeAsync(db, TestData.SeedDirectory));
        Assert.Contains("20261123020000_AddFxRates", refused.Message);
        Assert.Equal(0, await db.Events.CountAsync());
    }

    private static string Baseline(DashboardDbContext db) => db.Database.GetMigrations().First();

    /// <summary>The schema the hand-written migrations built, as read on 2026-12-04 from a database
    /// they made.</summary>
    private static string HandWrittenSchemaFile =>
        Path.Combine(TestData.RepoRoot, "tests", "AigcDashboard.Core.Tests", "Fixtures", $"hand-written-schema.{TestServer.Provider.ToString().ToLowerInvariant()}.txt");

    private static async Task<List<string>> SchemaOf(Func<DashboardDbContext, Task> create)
    {
        using var database = new TestDatabase();
        await using (var db = database.CreateContext()) await create(db);
        return database.Provider == DatabaseProvider.Postgres ? PostgresSchema(database.Connection) : SqliteSchema(database.Connection);
    }

    private static List<string> PostgresSchema(DbConnection connection)
    {
        const string Catalogue = """
            SELECT table_name || '.' || column_name || ' ' || data_type || ' nullable=' || is_nullable || ' identity=' || is_identity || ' default=' || coalesce(column_default, '-')
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '__EFMigrations%'
            UNION ALL
            SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
              FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '"__EFMigrations%'
            UNION ALL
            SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '__EFMigrations%'
            ORDER BY 1
            """;
        using var command = connection.CreateCommand();
        command.CommandText = Catalogue;
        var schema = new List<string>();
        using var r = command.ExecuteReader();
        while (r.Read()) schema.Add(r.GetString(0));
        Assert.NotEmpty(schema);
        return schema;
    }

    private static List<string> SqliteSchema(DbConnection connection)
    {
        var schema = new List<string>();
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%' ORDER BY name";
        var names = new List<string>();
        using (var r = tables.ExecuteReader()) while (r.Read()) names.Add(r.GetString(0));
        foreach (var table in names)
        {
            using var cols = connection.CreateCommand();
            cols.CommandText = $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}') ORDER BY name";
            using (var r = cols.ExecuteReader())
                while (r.Read()) schema.Add($"{table}.{r.GetString(0)} {r.GetString(1)} notnull={r.GetInt64(2)} pk={r.GetInt64(3)}");
            using var fks = connection.CreateCommand();
            fks.CommandText = $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\"";
            using (var r = fks.ExecuteReader())
                while (r.Read()) schema.Add($"{table} FK {r.GetString(1)} -> {r.GetString(0)}.{r.GetString(2)} {r.GetString(3)}");
            using var idx = connection.CreateCommand();
            idx.CommandText = $"SELECT il.name, ii.name FROM pragma_index_list('{table}') il JOIN pragma_index_info(il.name) ii WHERE il.origin = 'c' ORDER BY il.name, ii.seqno";
            using (var r = idx.ExecuteReader())
                while (r.Read()) schema.Add($"{table} INDEX {r.GetString(0)} ({r.GetString(1)})");
        }
        return schema;
    }
}
