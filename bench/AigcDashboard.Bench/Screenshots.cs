using Microsoft.Playwright;

namespace AigcDashboard.Bench;

/// <summary>
/// Takes docs/screenshots/: every view in both languages and every slide in both languages and
/// themes, each once its circuit has connected, it has loaded and its charts are drawn.
/// </summary>
public static class Screenshots
{
    private static readonly string[] Slides = ["overview", "timeline", "funding", "stages", "sources", "event.ev-chatgpt-launch"];

    public static async Task<int> RunAsync(string baseUrl, string folder)
    {
        Directory.CreateDirectory(folder);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTimer.LaunchAsync(playwright);
        foreach (var lang in new[] { "zh", "en" })
        {
            await ShootAsync(browser, baseUrl, folder, $"overview-{lang}", $"/?lang={lang}");
            await ShootAsync(browser, baseUrl, folder, $"timeline-{lang}", $"/timeline?lang={lang}");
            await ShootAsync(browser, baseUrl, folder, $"timeline-{lang}-720p", $"/timeline?lang={lang}&at=2023", 1280, 720);
            await ShootAsync(browser, baseUrl, folder, $"timeline-{lang}-1080p", $"/timeline?lang={lang}&at=2022&event=ev-chatgpt-launch", 1920, 1080);
            await ShootAsync(browser, baseUrl, folder, $"timeline-cn-{lang}", $"/timeline?lang={lang}&region=CN&at=2023-Q3&event=ev-china-first-batch-llm-approval");
            await ShootAsync(browser, baseUrl, folder, $"funding-{lang}", $"/funding?lang={lang}", 1280, 1000);
            await ShootAsync(browser, baseUrl, folder, $"stages-{lang}", $"/stages?lang={lang}", 1280, 720);
            await ShootAsync(browser, baseUrl, folder, $"stages-business-model-{lang}", $"/stages?lang={lang}&axis=business-model&cell=assistance.usage-api", 1280, 1100);
            await ShootAsync(browser, baseUrl, folder, $"sources-{lang}", $"/sources?lang={lang}");
            await ShootAsync(browser, baseUrl, folder, $"phone-timeline-{lang}", $"/timeline?lang={lang}&at=2023", 390, 844);
        }
        await ShootAsync(browser, baseUrl, folder, "bad-filter-zh", "/?region=ZZ&from=2022-13-45&lang=zh");
        // Slides at projector sizes: light at 1280×720, dark at 1920×1080.
        foreach (var lang in new[] { "zh", "en" })
            foreach (var theme in new[] { "light", "dark" })
                foreach (var slide in Slides)
                {
                    var (w, h) = theme == "dark" ? (1920, 1080) : (1280, 720);
                    await ShootAsync(browser, baseUrl, folder, $"present-{slide}-{lang}-{theme}", $"/present/{slide}?lang={lang}&slides={string.Join(',', Slides)}", w, h, theme);
                }
        return 0;
    }

    private static async Task ShootAsync(IBrowser browser, string baseUrl, string folder, string name, string path,
        int width = 1280, int height = 900, string theme = "light")
    {
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await context.AddCookiesAsync([new() { Name = "theme", Value = theme, Url = baseUrl }]);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(baseUrl + path, new() { WaitUntil = WaitUntilState.Load });
        await page.WaitForFunctionAsync(BrowserTimer.Settled);
        // A dialog the address opens, and charts' entrance, have settled.
        await page.WaitForTimeoutAsync(600);
        var file = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new() { Path = file });
        Console.WriteLine($"{file} ({response?.Status})");
    }
}
