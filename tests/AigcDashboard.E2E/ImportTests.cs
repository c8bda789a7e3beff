using Microsoft.Playwright;

namespace AigcDashboard.E2E;

/// <summary>Export and import as a browser does them: a download, then a multipart upload of the
/// chosen file through the import form (with its antiforgery token). Importing an unchanged export
/// changes no record's content, so the other tests do not notice.</summary>
[Collection(BrowserCollection.Name)]
public class ImportTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_admin_downloads_the_export_of_everything_and_imports_it_back()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GoAsync("/admin/import?lang=en");
        await s.SignInAsync("/admin/import");

        var download = await s.Page.RunAndWaitForDownloadAsync(() => s.Page.ClickAsync("a[href='/api/export']"));
        Assert.Matches(@"^aigc-dashboard-\d{4}-\d{2}-\d{2}\.json$", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"e2e-{Guid.NewGuid():N}-{download.SuggestedFilename}");
        await download.SaveAsAsync(file);
        try
        {
            await s.Page.SelectOptionAsync("#f-what", "everything");
            await s.Page.SetInputFilesAsync("#f-file", file);
            await s.Page.ClickAsync("form.editor-form button[type=submit]");
            await Assertions.Expect(s.Page.Locator(".alert-success")).ToContainTextAsync("0 created");
            await Assertions.Expect(s.Page.Locator(".alert-success")).ToContainTextAsync("0 deleted");
            await s.KeepScreenshotAsync("import.png");
        }
        finally
        {
            File.Delete(file);
        }
        s.AssertNoProblems();
    }

    [Fact]
    public async Task A_refused_file_lists_its_problems_and_keeps_the_form_ready()
    {
        // A page of its own: once, in a full run, the page that had just downloaded the export
        // never reached the "network idle" that GoAsync waits for.
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GoAsync("/admin/import?lang=zh");
        await s.SignInAsync("/admin/import");
        await s.Page.SelectOptionAsync("#f-what", "events");
        await s.Page.SetInputFilesAsync("#f-file", new FilePayload
        {
            Name = "events.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("id,date,category,title_zh,title_en,description_zh,description_en,source,locator,basis\r\n" +
                "ev-refused,2023-13,rumour,标题,Title,描述,Description,S9,¶1,reported\r\n"),
        });
        await s.Page.ClickAsync("form.editor-form button[type=submit]");
        await Assertions.Expect(s.Page.Locator(".import-errors tbody tr")).ToHaveCountAsync(3); // date, category, source
        await s.KeepScreenshotAsync("import-refused-zh.png");
        s.Problems.RemoveAll(p => p.Contains("422")); // the refusal answers 422, which the browser logs
        s.AssertNoProblems();
    }
}
