using AigcDashboard.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Core.Tests;

/// <summary>Importing events: every problem by line and field, all or nothing, and a round trip
/// through either format gives back the same events.</summary>
public class EventImportTests
{
    private const string Header = "id,date,precision,category,region,stage,highlight,title_zh,title_en,description_zh,description_en,organizations,source,locator,basis\r\n";

    [Fact]
    public void Csv_rows_are_read_with_the_line_they_start_on_including_quoted_line_breaks()
    {
        var (rows, errors) = EventImport.ReadCsv("\uFEFF" + Header +
            "ev-a,2023-03,month,model-release,CN,,true,标题,Title,\"two\nlines\",desc,baidu; openai,S3,¶1,reported\r\n" +
            "ev-b,2023,year,market,,,false,标题,\"'-minus first\",d,d,,S3,¶2,reported\r\n");
        Assert.Empty(errors);
        Assert.Equal([(2, "ev-a"), (4, "ev-b")], rows.Select(r => (r.Line, r.Event.Id)));
        Assert.Equal("two\nlines", rows[0].Event.DescriptionZh);
        Assert.Equal(["baidu", "openai"], rows[0].Event.OrganizationIds);
        Assert.True(rows[0].Event.Highlight);
        Assert.Equal("-minus first", rows[1].Event.TitleEn); // the export's formula guard is undone
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("id,date\r\nev-a,2023\r\n", "Missing column")]
    [InlineData(Header + "ev-a,2023\r\n", "cells where the header has")]
    [InlineData(Header + "\"never closed", "not closed")]
    public void Broken_csv_is_reported_not_thrown(string csv, string expected)
    {
        var (_, errors) = EventImport.ReadCsv(csv);
        Assert.Contains(errors, e => e.Message.Contains(expected));
    }

    [Theory]
    [InlineData("{\"id\": 1}", 1, "array")]
    [InlineData("[\n  {\"id\": \"ev-a\",\n  \"titleEn\": ]", 3, "Not valid JSON")]
    [InlineData("[{\"id\": \"ev-a\"},\n 2]", 2, "Not an object")]
    [InlineData("[\n{\"id\": \"ev-a\"},\n\n{\"id\": \"ev-b\", \"titleEn\": 42}\n]", 4, "Expected text")]
    public void Broken_json_is_reported_with_its_line(string json, int line, string expected)
    {
        var (_, errors) = EventImport.ReadJson(json);
        var error = Assert.Single(errors, e => e.Message.Contains(expected));
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public async Task One_bad_row_stops_the_whole_import_and_every_problem_is_listed()
    {
        using var db = new DashboardDbContextFactory();
        var (rows, _) = EventImport.ReadCsv(Header +
            "ev-new-one,2023-05,month,model-release,CN,,false,新模型,New model,描述,Description,baidu,S3,¶1,reported\r\n" +
            "ev-new-two,2023-13,month,rumour,ZZ,,false,,Title,描述,Description,nobody,S3,¶1,reported\r\n" +
            "ev-new-one,2023-06,month,model-release,CN,,false,重复,Repeated,描述,Description,,S3,¶1,reported\r\n");
        var result = await new RecordEditor(db.Create(), TimeProvider.System).ImportEventsAsync(rows, "alice");

        Assert.False(result.Succeeded);
        Assert.Equal([(3, "Category"), (3, "Date"), (3, "Organizations"), (3, "Region"), (3, "TitleZh"), (4, "Id")],
            result.Errors.Select(e => (e.Line, e.Field)).Order());
        await using var check = db.Create();
        Assert.False(await check.Events.AnyAsync(e => e.Id.StartsWith("ev-new-")));
        Assert.Empty(await check.AuditEntries.ToListAsync());
    }

    [Fact]
    public async Task A_cancelled_import_writes_nothing()
    {
        using var db = new DashboardDbContextFactory();
        var rows = Enumerable.Range(0, 2000).Select(i => new ImportRow(i + 2, new EventInput
        {
            Id = $"ev-bulk-{i}", Date = "2023", Category = "market", TitleZh = "批量", TitleEn = "Bulk", DescriptionZh = "描述", DescriptionEn = "Description",
            SourceId = "S3", Locator = "¶1", Basis = "reported",
        })).ToList();
        using var cancel = new CancellationTokenSource();
        await using var context = db.Create();
        context.SavingChanges += (_, _) => cancel.Cancel(); // the process is told to stop while the rows are being written
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new RecordEditor(context, TimeProvider.System).ImportEventsAsync(rows, "alice", cancel.Token));
        await using var check = db.Create();
        Assert.False(await check.Events.AnyAsync(e => e.Id.StartsWith("ev-bulk-")));
    }

    [Fact]
    public async Task Export_then_import_into_an_emptied_database_gives_the_same_events()
    {
        using var source = new DashboardDbContextFactory();
        var editor = new RecordEditor(source.Create(), TimeProvider.System);
        var changed = (await editor.EventAsync("ev-chatgpt-launch"))!;
        changed.TitleEn = "-starts with a minus, has \"quotes\", a comma, and\na line break";
        changed.Highlight = !changed.Highlight;
        Assert.Equal(EditOutcome.Saved, (await editor.SaveEventAsync(changed, isNew: false, "alice")).Outcome);
        var exported = await editor.AllEventsAsync();

        foreach (var format in new[] { "csv", "json" })
        {
            using var target = new DashboardDbContextFactory();
            await using (var wipe = target.Create()) await wipe.Events.ExecuteDeleteAsync();
            var text = format == "csv" ? Csv(exported) : Json(exported);
            var (rows, errors) = format == "csv" ? EventImport.ReadCsv(text) : EventImport.ReadJson(text);
            Assert.Empty(errors);
            var result = await new RecordEditor(target.Create(), TimeProvider.System).ImportEventsAsync(rows, "bob");
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
            Assert.Equal(exported.Count, result.Created);
            var imported = await new RecordEditor(target.Create(), TimeProvider.System).AllEventsAsync();
            Assert.Equal(exported.Select(Comparable), imported.Select(Comparable));
        }
    }

    private static string Comparable(EventInput e) => System.Text.Json.JsonSerializer.Serialize(WithVersionZero(e));

    private static EventInput WithVersionZero(EventInput e) { e.Version = 0; return e; }

    // The API's formats, written the way the web project's exports write them.
    private static string Csv(IEnumerable<EventInput> events) => Header + string.Concat(events.Select(e => string.Join(',',
        new[] { e.Id, e.Date, "", e.Category, e.Region ?? "", e.Stage ?? "", e.Highlight ? "true" : "false", e.TitleZh, e.TitleEn,
            e.DescriptionZh, e.DescriptionEn, string.Join("; ", e.OrganizationIds), e.SourceId, e.Locator, e.Basis }
        .Select(Cell)) + "\r\n"));

    private static string Cell(string s)
    {
        if (s.Length > 0 && "=+-@".Contains(s[0])) s = "'" + s;
        return s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }

    private static string Json(IEnumerable<EventInput> events) => System.Text.Json.JsonSerializer.Serialize(events.Select(e => new
    {
        id = e.Id, when = e.Date, category = e.Category, region = e.Region, stage = e.Stage, highlight = e.Highlight,
        titleZh = e.TitleZh, titleEn = e.TitleEn, descriptionZh = e.DescriptionZh, descriptionEn = e.DescriptionEn,
        organizations = e.OrganizationIds.Select(id => new { id }), provenance = new { sourceId = e.SourceId, locator = e.Locator, basis = e.Basis },
    }), new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
}
