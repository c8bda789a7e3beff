using System.Data.Common;
using AigcDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AigcDashboard.Core.Tests;

/// <summary>The hand-written migration must build exactly the schema the model describes
/// (there is no model snapshot to catch a drift, see DashboardDbContext.Configure).</summary>
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
    public async Task A_database_seeded_before_highlights_existed_gets_the_highlights_the_seeds_carry()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261123000000_InitialSchema");

        // The events as the first schema stored them (no Highlight column yet).
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "Sources" VALUES ('S3','f','t','t','p','p',NULL,'2023','zh-Hans','s','s')""");
        foreach (var e in TestData.Seeds.Events)
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Events" ("Id", "Date", "Precision", "Category", "TitleZh", "TitleEn", "DescriptionZh", "DescriptionEn", "SourceId", "Locator", "Basis")
                VALUES ({e.Id}, {new DateOnly(2022, 1, 1)}, 0, {e.Category}, 't', 't', 'd', 'd', 'S3', 'l', 'reported')
                """);

        await migrator.MigrateAsync();

        var highlighted = await db.Events.Where(e => e.Highlight).Select(e => e.Id).ToListAsync();
        Assert.Equal(TestData.Seeds.Events.Where(e => e.Highlight).Select(e => e.Id).Order(), highlighted.Order());
    }

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
