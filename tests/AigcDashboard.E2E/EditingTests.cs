using Microsoft.Playwright;

namespace AigcDashboard.E2E;

/// <summary>An editor in a real browser: signs in, is told what is wrong next to the field, saves,
/// and the dashboard shows the change. (It edits one description no other test reads.)</summary>
[Collection(BrowserCollection.Name)]
public class EditingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_editor_signs_in_fixes_a_bad_date_saves_and_the_timeline_shows_the_change()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GoAsync("/admin/events/ev-galactica-withdrawn");
        await s.SignInAsync("/admin/events/ev-galactica-withdrawn");

        await s.Page.FillAsync("#f-input-date", "2022-11-31");
        await s.Page.FillAsync("#f-input-descriptionen", "Meta took the Galactica demo down after three days (edited in a browser test).");
        await s.Page.ClickAsync("form.editor-form button[type=submit]");
        await Assertions.Expect(s.Page.Locator("#f-input-date-error")).ToBeVisibleAsync();
        await Assertions.Expect(s.Page.Locator("#f-input-descriptionen")).ToHaveValueAsync("Meta took the Galactica demo down after three days (edited in a browser test).");
        await s.KeepScreenshotAsync("editor-error.png");

        // The refused save answered 422 (the form again, with the reasons), which the browser logs.
        s.Problems.RemoveAll(p => p.Contains("422"));
        await s.Page.FillAsync("#f-input-date", "2022-11");
        await s.Page.ClickAsync("form.editor-form button[type=submit]");
        await s.WaitForUrlAsync(u => u.Contains("saved=1"));
        await Assertions.Expect(s.Page.Locator(".alert-success")).ToBeVisibleAsync();

        await s.GoAsync("/timeline?lang=en&at=2022-11&event=ev-galactica-withdrawn");
        await Assertions.Expect(s.Page.Locator(".event-dialog")).ToContainTextAsync("edited in a browser test");
        s.AssertNoProblems();
    }
}
