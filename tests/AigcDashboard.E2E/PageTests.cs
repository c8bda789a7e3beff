using Microsoft.Playwright;
namespace AigcDashboard.E2E;

/// <summary>Every page and slide, in both languages: loads cleanly, stays on this machine, passes axe.</summary>
[Collection(BrowserCollection.Name)]
public class PageTests(BrowserFixture fixture)
{
    /// <summary>Axe finds nothing on the page, once its charts (if any) are drawn.</summary>
    private static async Task AssertAccessibleAsync(IPage page)
    {
        if (await page.Locator(".chart-canvas").CountAsync() > 0)
            await page.WaitForSelectorAsync(".chart-canvas[data-drawn]");
        var violations = await Checks.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    public static TheoryData<string> Pages => new()
    {
        "/?lang=zh", "/?lang=en", "/timeline?lang=zh", "/timeline?lang=en&at=2022&event=ev-chatgpt-launch",
        "/funding?lang=zh", "/funding?lang=en", "/stages?lang=zh", "/stages?lang=en&axis=business-model&cell=assistance.usage-api",
        "/sources?lang=zh", "/sources?lang=en",
        "/present?lang=zh", "/present/timeline?lang=en", "/present/funding?lang=zh", "/present/stages?lang=en",
        "/present/sources?lang=zh", "/present/event.ev-dalle2-launch?lang=en&slides=overview,event.ev-dalle2-launch",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Loads_with_no_error_no_outside_request_and_no_serious_accessibility_violation(string path)
    {
        await using var s = await PageSession.OpenAsync(fixture);
        var response = await s.GoAsync(path);
        Assert.Equal(200, response!.Status);
        await AssertAccessibleAsync(s.Page);
        s.AssertNoProblems();
    }

    [Theory]
    [InlineData("/?lang=en")]
    [InlineData("/funding?lang=zh")]
    [InlineData("/timeline?lang=en&event=ev-chatgpt-launch")]
    [InlineData("/present/stages?lang=en")]
    public async Task The_dark_theme_passes_the_same_checks(string path)
    {
        await using var s = await PageSession.OpenAsync(fixture, darkTheme: true);
        await s.GoAsync(path);
        await Assertions.Expect(s.Page.Locator("#app")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("theme-dark"));
        await AssertAccessibleAsync(s.Page);
        s.AssertNoProblems();
    }

    [Theory]
    [InlineData("/?lang=zh")]
    [InlineData("/present/stages?lang=zh")]
    public async Task Chinese_text_is_drawn_with_real_glyphs(string path)
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GoAsync(path);
        Assert.True(await Checks.DistinctHanGlyphsAsync(s.Page) == 2, "Chinese characters draw as boxes: install fonts-noto-cjk");
        Assert.Equal("zh-Hans", await s.Page.GetAttributeAsync("html", "lang"));
    }
}
