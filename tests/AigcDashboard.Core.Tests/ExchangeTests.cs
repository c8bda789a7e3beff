using System.Text.Json;
using AigcDashboard.Core.Data;
using AigcDashboard.Core.Editing;
using AigcDashboard.Core.Exchange;
using AigcDashboard.Core.Queries;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Core.Tests;

/// <summary>Export and import in the API's formats: every problem by line and field, all or
/// nothing, and a round trip through any format gives back the same records.</summary>
public class ExchangeTests
{
    private const string Header = "id,date,precision,category,region,stage,highlight,title_zh,title_en,description_zh,description_en,organizations,source,locator,basis\r\n";

    [Fact]
    public void Csv_rows_are_read_with_the_line_they_start_on_including_quoted_line_breaks()
    {
        var read = ExchangeFormats.Events.ReadCsv("\uFEFF" + Header +
            "ev-a,2023-03,month,model-release,CN,,true,标题,Title,\"two\nlines\",desc,baidu; openai,S3,¶1,reported\r\n" +
            "ev-b,2023,year,market,,,false,标题,\"'-minus first\",d,d,,S3,¶2,reported\r\n");
        Assert.Empty(read.Errors);
        var rows = Assert.IsType<ImportPart<Model.Event, EventInput>>(read.Part).Rows;
        Assert.Equal([(2, "ev-a"), (4, "ev-b")], rows.Select(r => (r.Line, r.Input.Id)));
        Assert.Equal("two\nlines", rows[0].Input.DescriptionZh);
        Assert.Equal(["baidu", "openai"], rows[0].Input.OrganizationIds);
        Assert.True(rows[0].Input.Highlight);
        Assert.Equal("-minus first", rows[1].Input.TitleEn); // the export's formula guard is undone
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("id,date\r\nev-a,2023\r\n", "Missing column")]
    [InlineData("id,date,category,title_zh,title_en,description_zh,description_en,source,locator,basis,date\r\n", "appears twice")]
    [InlineData(Header + "ev-a,2023\r\n", "cells where the header has")]
    [InlineData(Header + "ev-a,2023,,market,,,maybe,t,t,d,d,,S3,¶1,reported\r\n", "true or false")]
    [InlineData(Header + "\"never closed", "not closed")]
    [InlineData(Header + "ev-a,2023,year,market,,,false,标题,\"abc\"def,d,d,,S3,¶1,reported\r\n", "closing quote")]
    [InlineData(Header + "ev-a,2023,year,market,,,false,标题,ab\"c,d,d,,S3,¶1,reported\r\n", "does not start with one")]
    public void Broken_csv_is_reported_not_thrown(string csv, string expected)
    {
        var read = ExchangeFormats.Events.ReadCsv(csv);
        Assert.Null(read.Part);
        Assert.Contains(read.Errors, e => e.Message.Contains(expected));
    }

    [Fact]
    public void Broken_quoting_is_reported_on_its_own_line_and_every_such_line_is_listed()
    {
        const string good = "ev-a,2023,year,market,,,false,标题,Title,\"two\nlines\",d,,S3,¶1,reported\r\n";
        var read = ExchangeFormats.Events.ReadCsv(Header + good +
            "ev-b,2023,year,market,,,false,标题,\"abc\"def,d,d,,S3,¶1,reported\r\n" +
            good.Replace("ev-a", "ev-c") +
            "ev-d,2023,year,market,,,false,标题,ab\"c,d,d,,S3,¶1,reported\r\n");
        Assert.Null(read.Part);
        Assert.Equal([(4, "csv-after-quote"), (7, "csv-stray-quote")], read.Errors.Select(e => (e.Line, e.Code)));
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'i', (byte)'d', 0xC3, 0x28 })]
    [InlineData(new byte[] { (byte)'i', (byte)'d', 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xFF })]
    public void A_file_that_is_not_utf8_is_refused_with_or_without_the_byte_order_mark(byte[] bytes) =>
        Assert.Null(ImportText.Decode(bytes));

    [Fact]
    public void The_byte_order_mark_is_taken_off_and_the_rest_kept_as_it_is() =>
        Assert.Equal("id,title\r\n标题", ImportText.Decode([0xEF, 0xBB, 0xBF, .. "id,title\r\n标题"u8]));

    [Theory]
    [InlineData("{\"id\": 1}", 1, "array")]
    [InlineData("{\"format\": \"aigc-dashboard-export\"}", 1, "export of everything")]
    [InlineData("[\n  {\"id\": \"ev-a\",\n  \"titleEn\": ]", 3, "Not valid JSON")]
    [InlineData("[{\"id\": \"ev-a\"},\n 2]", 2, "Not an object")]
    [InlineData("[\n{\"id\": \"ev-a\"},\n\n{\"id\": \"ev-b\", \"titleEn\": 42}\n]", 4, "Expected text")]
    [InlineData("[\n{\"id\": \"ev-a\", \"highlight\": \"yes\"}\n]", 2, "true or false")]
    [InlineData("[\n{\"id\": \"ev-a\", \"organizations\": [1, 2]}\n]", 2, "list of ids")]
    public void Broken_json_is_reported_with_its_line(string json, int line, string expected)
    {
        var read = ExchangeFormats.Events.ReadJson(json);
        Assert.Null(read.Part);
        var error = Assert.Single(read.Errors, e => e.Message.Contains(expected));
        Assert.Equal(line, error.Line);
    }

    [Theory]
    [InlineData("[]", "format", "Not an export of everything")]
    [InlineData("{\"format\": \"aigc-dashboard-export\", \"version\": 2}", "version", "version 1")]
    [InlineData("{\"format\": \"aigc-dashboard-export\", \"version\": 1, \"events\": {}}", "events", "array")]
    [InlineData("{\"format\": \"aigc-dashboard-export\", \"version\": 1, \"people\": []}", "people", "Not a kind")]
    [InlineData("{\"format\": \"aigc-dashboard-export\", \"version\": 1,\n\"metrics\": [\n{\"id\": \"m-a\",\n \"value\": true}]}", "value", "Expected a number")]
    public void A_broken_export_of_everything_is_reported_by_part_and_field(string json, string field, string expected)
    {
        var (parts, errors) = ExportBundle.Read(json);
        Assert.Empty(parts);
        Assert.Contains(errors, e => e.Field == field && e.Message.Contains(expected));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("")]
    [InlineData("=SUM(A1:A9)")]
    [InlineData("-minus first")]
    [InlineData("+plus")]
    [InlineData("@at")]
    [InlineData("-5")]
    [InlineData("'-5")]
    [InlineData("'=already quoted")]
    [InlineData("''=twice")]
    [InlineData("'")]
    [InlineData("'plain")]
    public void The_formula_guard_is_undone_exactly(string text)
    {
        var cell = CsvText.Guard(text);
        Assert.False(cell.Length > 0 && "=+@".Contains(cell[0]), cell);
        Assert.Equal(text, CsvText.Unguard(cell));
    }

    [Fact]
    public async Task One_bad_row_stops_the_whole_import_and_every_problem_is_listed_by_column()
    {
        using var db = new DashboardDbContextFactory();
        var read = ExchangeFormats.Events.ReadCsv(Header +
            "ev-new-one,2023-05,month,model-release,CN,,false,新模型,New model,描述,Description,baidu,S3,¶1,reported\r\n" +
            "ev-new-two,2023-13,month,rumour,ZZ,,false,,Title,描述,Description,nobody,S3,¶1,reported\r\n" +
            "ev-new-one,2023-06,month,model-release,CN,,false,重复,Repeated,描述,Description,,S3,¶1,reported\r\n");
        var result = await new RecordEditor(db.Create(), TimeProvider.System).ImportAsync([read.Part!], "alice");

        Assert.False(result.Succeeded);
        Assert.Equal([(3, "category"), (3, "date"), (3, "organizations"), (3, "region"), (3, "title_zh"), (4, "id")],
            result.Errors.Select(e => (e.Line, e.Field)).Order());
        await using var check = db.Create();
        Assert.False(await check.Events.AnyAsync(e => e.Id.StartsWith("ev-new-")));
        Assert.Empty(await check.AuditEntries.ToListAsync());
    }

    [Fact]
    public async Task A_cancelled_import_writes_nothing()
    {
        using var db = new DashboardDbContextFactory();
        var rows = Enumerable.Range(0, 2000).Select(i => (i + 2, new EventInput
        {
            Id = $"ev-bulk-{i}", Date = "2023", Category = "market", TitleZh = "批量", TitleEn = "Bulk", DescriptionZh = "描述", DescriptionEn = "Description",
            SourceId = "S3", Locator = "¶1", Basis = "reported",
        })).ToList();
        using var cancel = new CancellationTokenSource();
        await using var context = db.Create();
        context.SavingChanges += (_, _) => cancel.Cancel(); // the process is told to stop while the rows are being written
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new RecordEditor(context, TimeProvider.System).ImportAsync(EventKind.Instance, rows, "alice", cancel.Token));
        await using var check = db.Create();
        Assert.False(await check.Events.AnyAsync(e => e.Id.StartsWith("ev-bulk-")));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public async Task Each_kinds_export_imported_into_an_emptied_database_gives_the_same_records(string format)
    {
        using var source = new DashboardDbContextFactory();
        await MakeAwkwardAsync(source);
        var exports = new List<(IExchangeFormat Format, string Text)>();
        foreach (var kind in ExchangeFormats.All)
            exports.Add((kind, format == "csv" ? await kind.CsvAsync(Queries(source), default)
                : JsonSerializer.Serialize(await kind.RowsAsync(Queries(source), default), ApiJson.Options)));

        using var target = new DashboardDbContextFactory();
        await EmptyAsync(target);
        foreach (var (kind, text) in exports) // principals first, so each kind finds the organizations it names
        {
            var read = format == "csv" ? kind.ReadCsv(text) : kind.ReadJson(text);
            Assert.Empty(read.Errors);
            var result = await new RecordEditor(target.Create(), TimeProvider.System).ImportAsync([read.Part!], "bob");
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
            Assert.Equal((read.Part!.Count, 0), (result.Created, result.Updated));
        }
        Assert.Equal(await SnapshotAsync(source), await SnapshotAsync(target));
    }

    [Fact]
    public async Task The_export_of_everything_restores_an_emptied_database_byte_for_byte()
    {
        using var source = new DashboardDbContextFactory();
        await MakeAwkwardAsync(source);
        var exported = await BundleAsync(source);

        using var target = new DashboardDbContextFactory();
        await EmptyAsync(target);
        var (parts, errors) = ExportBundle.Read(exported);
        Assert.Empty(errors);
        var result = await new RecordEditor(target.Create(), TimeProvider.System).ImportAsync(parts, "bob");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(parts.Sum(p => p.Count), result.Created);
        Assert.Equal(await SnapshotAsync(source), await SnapshotAsync(target));
        Assert.Equal(exported, await BundleAsync(target));
    }

    [Fact]
    public async Task Importing_unchanged_records_writes_nothing_and_a_changed_one_is_the_only_update()
    {
        using var db = new DashboardDbContextFactory();
        var exported = await BundleAsync(db);
        long version;
        int audits;
        await using (var read = db.Create()) (version, audits) = (await read.DataVersionAsync(default), await read.AuditEntries.CountAsync());

        var (parts, _) = ExportBundle.Read(exported);
        var result = await new RecordEditor(db.Create(), TimeProvider.System).ImportAsync(parts, "bob");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal((0, 0, 0, parts.Sum(p => p.Count)), (result.Created, result.Updated, result.Deleted, result.Unchanged));
        Assert.False(result.Changed);
        await using (var read = db.Create())
        {
            Assert.Equal(version, await read.DataVersionAsync(default)); // no cache is evicted, no dashboard reloads
            Assert.Equal(audits, await read.AuditEntries.CountAsync());
        }

        var ev = (await new RecordEditor(db.Create(), TimeProvider.System).EventAsync("ev-chatgpt-launch"))!;
        ev.TitleEn = "Changed in the file";
        result = await new RecordEditor(db.Create(), TimeProvider.System).ImportAsync(EventKind.Instance, [(2, ev)], "bob");
        Assert.Equal((0, 1, 0), (result.Created, result.Updated, result.Unchanged));
        await using (var read = db.Create())
        {
            Assert.Equal(version + 1, await read.DataVersionAsync(default));
            var audit = Assert.Single(read.AuditEntries.Where(a => a.UserName == "bob"));
            Assert.Equal(("import", "ev-chatgpt-launch"), (audit.Action, audit.EntityId));
        }
    }

    [Fact]
    public async Task Replacing_with_the_export_of_everything_undoes_every_change_since()
    {
        using var db = new DashboardDbContextFactory();
        var before = await SnapshotAsync(db);
        var exported = await BundleAsync(db);

        var editor = new RecordEditor(db.Create(), TimeProvider.System);
        var org = (await editor.FindAsync(OrganizationKind.Instance, "openai"))!;
        org.NameEn = "Renamed since";
        Assert.Equal(EditOutcome.Saved, (await editor.SaveAsync(OrganizationKind.Instance, org, isNew: false, "alice")).Outcome);
        var added = new OrganizationInput
        {
            Id = "org-added-since", NameZh = "新机构", NameEn = "Added since", Kind = "startup", DescriptionZh = "描述", DescriptionEn = "Description",
            SourceId = "S3", Locator = "¶1", Basis = "reported",
        };
        Assert.Equal(EditOutcome.Saved, (await editor.SaveAsync(OrganizationKind.Instance, added, isNew: true, "alice")).Outcome);
        var ev = (await editor.EventAsync("ev-chatgpt-launch"))!;
        ev.Id = "ev-added-since";
        ev.Organizations = "org-added-since"; // names the new organization: both must go
        Assert.Equal(EditOutcome.Saved, (await editor.SaveEventAsync(ev, isNew: true, "alice")).Outcome);
        var placement = (await editor.AllAsync(PlacementKind.Instance))[0];
        Assert.Equal(EditOutcome.Saved, (await editor.DeleteAsync(PlacementKind.Instance, placement.Id, placement.Version, "alice")).Outcome);

        var (parts, _) = ExportBundle.Read(exported);
        var result = await new RecordEditor(db.Create(), TimeProvider.System).ImportAsync(parts, "bob", replace: true);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal((1, 2), (result.Created, result.Deleted));
        Assert.Equal(before, await SnapshotAsync(db));
        await using var check = db.Create();
        Assert.Equal(2, await check.AuditEntries.CountAsync(a => a.UserName == "bob" && a.Action == "delete"));
    }

    [Fact]
    public async Task Replacing_needs_every_kind_and_an_import_may_name_organizations_it_brings()
    {
        using var db = new DashboardDbContextFactory();
        var (parts, _) = ExportBundle.Read(await BundleAsync(db));
        var editor = new RecordEditor(db.Create(), TimeProvider.System);
        var partial = await editor.ImportAsync(parts.Where(p => p.Kind != "placement").ToList(), "bob", replace: true);
        Assert.Contains(partial.Errors, e => e.Message.Contains("placement"));

        var bundle = """
            {"format": "aigc-dashboard-export", "version": 1,
             "events": [{"id": "ev-brought", "when": "2024-01", "category": "market", "titleZh": "新", "titleEn": "New", "descriptionZh": "描述",
                         "descriptionEn": "Description", "organizations": [{"id": "org-brought"}], "provenance": {"sourceId": "S3", "locator": "¶1", "basis": "reported"}}],
             "organizations": [{"id": "org-brought", "nameZh": "新", "nameEn": "Brought", "kind": "startup", "descriptionZh": "描述", "descriptionEn": "Description",
                         "provenance": {"sourceId": "S3", "locator": "¶1", "basis": "reported"}}]}
            """;
        var (brought, errors) = ExportBundle.Read(bundle);
        Assert.Empty(errors);
        var result = await new RecordEditor(db.Create(), TimeProvider.System).ImportAsync(brought, "bob");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(2, result.Created);
    }

    /// <summary>Text a CSV or JSON writer could get wrong, in every kind.</summary>
    private static async Task MakeAwkwardAsync(DashboardDbContextFactory db)
    {
        var editor = new RecordEditor(db.Create(), TimeProvider.System);
        var ev = (await editor.EventAsync("ev-chatgpt-launch"))!;
        ev.TitleEn = "-starts with a minus, has \"quotes\", a comma, and\na line break";
        ev.DescriptionEn = "'=looks guarded already";
        ev.Highlight = !ev.Highlight;
        await SaveAsync(editor, EventKind.Instance, ev);

        var round = (await editor.AllAsync(FundingRoundKind.Instance))[0];
        round.NoteZh = "备注，含逗号";
        round.OtherInvestors = "openai baidu";
        await SaveAsync(editor, FundingRoundKind.Instance, round);

        var metric = (await editor.AllAsync(MetricKind.Instance))[0];
        (metric.Value, metric.ValueHigh, metric.Approximate) = ("0.1", "0.30000000000000004", true);
        await SaveAsync(editor, MetricKind.Instance, metric);

        var placement = (await editor.AllAsync(PlacementKind.Instance))[0];
        placement.Modalities = "video text";
        placement.ProductEn = "@mention";
        await SaveAsync(editor, PlacementKind.Instance, placement);

        var org = (await editor.FindAsync(OrganizationKind.Instance, "openai"))!;
        org.DescriptionZh = "+加号开头";
        await SaveAsync(editor, OrganizationKind.Instance, org);
    }

    private static async Task SaveAsync<TEntity, TInput>(RecordEditor editor, RecordKind<TEntity, TInput> kind, TInput input)
        where TEntity : class, Model.IVersioned where TInput : class, IRecordInput
    {
        var saved = await editor.SaveAsync(kind, input, isNew: false, "alice");
        Assert.True(saved.Outcome == EditOutcome.Saved, string.Join("; ", saved.Errors ?? []));
    }

    private static DashboardQueries Queries(DashboardDbContextFactory db) => new(db);

    private static async Task<string> BundleAsync(DashboardDbContextFactory db)
    {
        using var stream = new MemoryStream();
        await ExportBundle.WriteAsync(stream, Queries(db), default);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Every edited record as its editor input, versions left out (an import counts its own).</summary>
    private static async Task<string> SnapshotAsync(DashboardDbContextFactory db)
    {
        var editor = new RecordEditor(db.Create(), TimeProvider.System);
        return string.Join('\n',
            Lines(await editor.AllAsync(OrganizationKind.Instance)), Lines(await editor.AllAsync(EventKind.Instance)),
            Lines(await editor.AllAsync(FundingRoundKind.Instance)), Lines(await editor.AllAsync(MetricKind.Instance)),
            Lines(await editor.AllAsync(PlacementKind.Instance)));

        static string Lines<T>(IEnumerable<T> inputs) where T : IRecordInput =>
            string.Join('\n', inputs.Select(i => { i.Version = 0; return JsonSerializer.Serialize(i); }));
    }

    private static async Task EmptyAsync(DashboardDbContextFactory db)
    {
        await using var context = db.Create();
        await TestData.EmptyEditedRecordsAsync(context);
    }
}
