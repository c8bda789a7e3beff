using System.Net;
using System.Text;
using System.Text.Json;
using AigcDashboard.Core.Data;
using AigcDashboard.Core.Exchange;
using AigcDashboard.Core.Model;
using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Infrastructure;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AigcDashboard.Web.Tests;

/// <summary>
/// Export and import through the real pipeline: every kind's export and the export of everything,
/// read back by /admin/import. Each test leaves the database as it found it (that is what a round
/// trip is), so they can share one app.
/// </summary>
public class ExchangeHttpTests(DashboardFactory fixture) : IClassFixture<DashboardFactory>
{
    // Many sign-ins from one test client: the per-client limit has its own test elsewhere.
    private readonly WebApplicationFactory<Program> factory = fixture.WithWebHostBuilder(b => b.UseSetting("RateLimits:SignInPerMinute", "1000"));

    private static readonly HtmlParser Parser = new();

    private HttpClient Browser() => factory.CreateClient(new() { AllowAutoRedirect = false });

    private Task<HttpClient> SignedIn(string name, string role) => Forms.NewUserSignedInAsync(factory, name, role);

    public static TheoryData<string, int> Kinds => new()
    {
        { "organizations", TestData.Seeds.Organizations.Count },
        { "events", TestData.Seeds.Events.Count },
        { "funding-rounds", TestData.Seeds.FundingRounds.Count },
        { "metrics", TestData.Seeds.Metrics.Count },
        { "placements", TestData.Seeds.Placements.Count },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_kind_exports_every_record_in_both_formats_and_imports_back_unchanged(string kind, int count)
    {
        var editor = await SignedIn("exporter", Roles.Editor);
        var csv = await Browser().GetAsync($"/api/export/{kind}?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{kind}.csv", csv.Content.Headers.ContentDisposition?.FileName);
        var csvBytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(count + 1, CsvText.Records(Encoding.UTF8.GetString(csvBytes), []).Count(r => r.Cells.Any(c => c.Length > 0)));

        var json = await Browser().GetByteArrayAsync($"/api/export/{kind}");
        using (var doc = JsonDocument.Parse(json)) Assert.Equal(count, doc.RootElement.GetArrayLength());

        foreach (var (file, bytes) in new[] { ($"{kind}.csv", csvBytes), ($"{kind}.json", json) })
        {
            var response = await Upload(editor, kind, file, bytes);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"0 created, 0 updated, 0 deleted, {count} unchanged", Parser.ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector(".alert-success")!.TextContent);
        }
        Assert.Equal(json, await Browser().GetByteArrayAsync($"/api/export/{kind}")); // the same records, byte for byte
    }

    [Fact]
    public async Task The_export_of_everything_restores_an_emptied_database_and_replaces_a_changed_one()
    {
        var admin = await SignedIn("restorer", Roles.Admin);
        var export = await Browser().GetAsync("/api/export");
        Assert.Matches(@"^aigc-dashboard-\d{4}-\d{2}-\d{2}\.json$", export.Content.Headers.ContentDisposition?.FileName);
        var original = await export.Content.ReadAsByteArrayAsync();
        using (var doc = JsonDocument.Parse(original))
        {
            Assert.Equal(ExportBundle.Format, doc.RootElement.GetProperty("format").GetString());
            Assert.Equal(TestData.Seeds.Placements.Count, doc.RootElement.GetProperty("placements").GetArrayLength());
        }
        var total = TestData.Seeds.Organizations.Count + TestData.Seeds.Events.Count + TestData.Seeds.FundingRounds.Count
            + TestData.Seeds.Metrics.Count + TestData.Seeds.Placements.Count;

        await EmptyDatabaseAsync();
        var restored = await Upload(admin, "everything", "export.json", original);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Contains($"{total} created, 0 updated, 0 deleted", await restored.Content.ReadAsStringAsync());
        Assert.Equal(original, await Browser().GetByteArrayAsync("/api/export"));

        await Forms.SaveEventTitleAsync(admin, "ev-chatgpt-launch", "Changed after the export");
        var changed = await Forms.OfAsync(admin, "/admin/organizations/new", "organization-editor");
        (changed["Input.Id"], changed["Input.NameZh"], changed["Input.NameEn"], changed["Input.Kind"]) = ("org-after-export", "新机构", "After the export", "startup");
        (changed["Input.DescriptionZh"], changed["Input.DescriptionEn"], changed["Input.SourceId"], changed["Input.Locator"]) = ("描述", "Description", "S3", "¶1");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/admin/organizations/new", new FormUrlEncodedContent(changed))).StatusCode);
        Assert.NotEqual(original, await Browser().GetByteArrayAsync("/api/export"));

        var replaced = await Upload(admin, "everything", "export.json", original, replace: true);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Contains($"0 created, 1 updated, 1 deleted, {total - 1} unchanged", await replaced.Content.ReadAsStringAsync());
        Assert.Equal(original, await Browser().GetByteArrayAsync("/api/export"));
        Assert.DoesNotContain("Changed after the export", await Browser().GetStringAsync("/timeline?lang=en&event=ev-chatgpt-launch"));
    }

    [Fact]
    public async Task Only_an_admin_may_replace_and_only_with_an_export_of_everything()
    {
        var original = await Browser().GetByteArrayAsync("/api/export");
        var editor = await SignedIn("no-replacer", Roles.Editor);
        Assert.Null(Parser.ParseDocument(await editor.GetStringAsync("/admin/import?lang=en")).QuerySelector("#f-replace"));
        var refused = await Upload(editor, "everything", "export.json", original, replace: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Only an admin", await refused.Content.ReadAsStringAsync());

        var admin = await SignedIn("kind-replacer", Roles.Admin);
        var events = await Browser().GetByteArrayAsync("/api/export/events");
        var oneKind = await Upload(admin, "events", "events.json", events, replace: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, oneKind.StatusCode);
        Assert.Contains("only with an export of everything", await oneKind.Content.ReadAsStringAsync());
        Assert.Equal(original, await Browser().GetByteArrayAsync("/api/export"));
    }

    [Fact]
    public async Task A_bad_export_of_everything_is_refused_by_part_line_and_field_and_changes_nothing()
    {
        var admin = await SignedIn("careful", Roles.Admin);
        var original = await Browser().GetByteArrayAsync("/api/export");
        var broken = Encoding.UTF8.GetString(original).Replace("\"stage\": \"assistance\"", "\"stage\": \"nowhere\"");
        var response = await Upload(admin, "everything", "export.json", Encoding.UTF8.GetBytes(broken), replace: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var rows = Parser.ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelectorAll(".import-errors tbody tr");
        // Events and placements both have a stage: each refused record is listed under its part.
        Assert.Equal(TestData.Seeds.Placements.Count(p => p.Stage == "assistance"), rows.Count(r => r.Children[0].TextContent == "placements"));
        Assert.Equal(TestData.Seeds.Events.Count(e => e.Stage == "assistance"), rows.Count(r => r.Children[0].TextContent == "events"));
        Assert.All(rows, r => Assert.Equal("stage", r.Children[3].TextContent));
        var lines = broken.Split('\n');
        Assert.All(rows, r => Assert.Contains("\"id\"", lines[int.Parse(r.Children[1].TextContent)])); // the line the record starts on
        Assert.Equal(original, await Browser().GetByteArrayAsync("/api/export"));
    }

    [Fact]
    public async Task An_exported_csv_with_a_broken_byte_or_broken_quoting_is_refused_and_its_text_never_stored()
    {
        var editor = await SignedIn("careful", Roles.Editor);
        var export = await Browser().GetByteArrayAsync("/api/export/events?format=csv");
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), export[..3]); // what a spreadsheet needs, and what an import must read strictly too
        var original = await Browser().GetByteArrayAsync("/api/export");
        var secondLine = Array.IndexOf(export, (byte)'\n') + 1;
        var firstComma = Array.IndexOf(export, (byte)',', secondLine);

        byte[] brokenByte = [.. export[..firstComma], 0xC3, 0x28, .. export[firstComma..]];
        var refused = await Upload(editor, "events", "events.csv", brokenByte);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("The file is not UTF-8 text.", Parser.ParseDocument(await refused.Content.ReadAsStringAsync()).QuerySelector(".import-errors")!.TextContent);

        byte[] brokenQuote = [.. export[..secondLine], .. "\"abc\"def"u8, .. export[secondLine..]];
        refused = await Upload(editor, "events", "events.csv", brokenQuote);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var row = Assert.Single(Parser.ParseDocument(await refused.Content.ReadAsStringAsync()).QuerySelectorAll(".import-errors tbody tr"));
        Assert.Equal("2", row.Children[0].TextContent);
        Assert.Contains("Text follows a cell's closing quote", row.TextContent);

        Assert.Equal(original, await Browser().GetByteArrayAsync("/api/export"));
    }

    [Theory]
    [InlineData(21)] // past the page's limit: the page reads it and says so
    [InlineData(50)] // past what the server reads at all: sent back to the page, which says the same
    public async Task A_file_over_the_limit_gets_the_same_message_at_any_size(int megabytes)
    {
        var editor = await SignedIn($"hoarder{megabytes}", Roles.Editor);
        var original = await Browser().GetByteArrayAsync("/api/export");
        var response = await Upload(editor, "events", "events.csv", new byte[megabytes * 1024 * 1024]);
        if (megabytes > 30)
        {
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            Assert.Equal("/admin/import?lang=en&too-large=1", response.Headers.Location?.OriginalString);
            response = await editor.GetAsync(response.Headers.Location);
        }
        else Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("The file is larger than 20 MB.", page.QuerySelector(".import-errors tbody tr td:last-child")!.TextContent);
        Assert.Equal("At most 20 MB.", page.QuerySelector("#f-file-limit")!.TextContent);
        Assert.Equal(original, await Browser().GetByteArrayAsync("/api/export"));
    }

    public static TheoryData<string, string, byte[]> Hostile => new()
    {
        { "events", "events.csv", [0xFF, 0xFE, 0x00, 0xD8, 0x00] },
        { "events", "events.csv", [0xEF, 0xBB, 0xBF, .. "id\r\nev-"u8, 0xFF, .. "\r\n"u8] },
        { "people", "people.csv", "id\r\nx\r\n"u8.ToArray() },
        { "everything", "export.csv", "id,date\r\n"u8.ToArray() },
        { "everything", "export.json", Encoding.UTF8.GetBytes(new string('[', 5000)) },
        { "metrics", "metrics.json", Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat("{\"id\": \"m-x\"}", 3)) + "]") },
        { "events", "events.csv", Encoding.UTF8.GetBytes(string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"c{i}")) + "\r\n") },
        { "events", "events.json", Encoding.UTF8.GetBytes("[{\"id\": \"ev-x\", \"titleEn\": \"" + new string('x', 1_000_000) + "\"}]") },
        { "organizations", "organizations.json", "[{\"id\": \"'; DROP TABLE \\\"Organizations\\\"; --\", \"nameEn\": \"<script>alert(1)</script>\"}]"u8.ToArray() },
        { "placements", "placements.csv", "\uFEFF"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_file_gets_a_422_with_reasons_and_writes_nothing(string what, string file, byte[] content)
    {
        var admin = await SignedIn("wary", Roles.Admin);
        var original = await Browser().GetByteArrayAsync("/api/export");
        var response = await Upload(admin, what, file, content);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(page.QuerySelectorAll(".import-errors tbody tr"));
        Assert.Null(page.QuerySelector("script:not([src])"));
        Assert.Equal(original, await Browser().GetByteArrayAsync("/api/export"));
    }

    private static async Task<HttpResponseMessage> Upload(HttpClient client, string what, string fileName, byte[] content, bool replace = false)
    {
        var form = await Forms.OfAsync(client, "/admin/import?lang=en", "import");
        form["What"] = what;
        if (replace) form["Replace"] = "true";
        var body = new MultipartFormDataContent();
        foreach (var (k, v) in form.Where(f => f.Key != "File")) body.Add(new StringContent(v), k);
        body.Add(new ByteArrayContent(content), "File", fileName);
        return await client.PostAsync("/admin/import?lang=en", body);
    }

    private async Task EmptyDatabaseAsync()
    {
        using var scope = factory.Services.CreateScope();
        await TestData.EmptyEditedRecordsAsync(scope.ServiceProvider.GetRequiredService<DashboardDbContext>());
    }
}
