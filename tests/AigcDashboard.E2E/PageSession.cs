using Microsoft.Playwright;

namespace AigcDashboard.E2E;

/// <summary>
/// A browser page on the app that records what must never happen: console errors, failed
/// requests, and requests to anywhere but the app (those are also blocked).
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    public IPage Page { get; }
    public string BaseUrl { get; }
    public List<string> Problems { get; } = [];

    private PageSession(IBrowserContext context, IPage page, string baseUrl) => (this.context, Page, BaseUrl) = (context, page, baseUrl);

    public static async Task<PageSession> OpenAsync(BrowserFixture fixture, int width = 1280, int height = 800)
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            AcceptDownloads = true,
            BypassCSP = true, // lets the tests inject axe-core
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = fixture.App.BaseUrl });
        context.SetDefaultTimeout(BrowserFixture.Patience);
        var page = await context.NewPageAsync();
        var session = new PageSession(context, page, fixture.App.BaseUrl);
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(fixture.App.BaseUrl, StringComparison.Ordinal)) await route.ContinueAsync();
            else
            {
                lock (session.Problems) session.Problems.Add("request leaving the machine: " + route.Request.Url);
                await route.AbortAsync();
            }
        });
        page.Console += (_, m) => { if (m.Type == "error") lock (session.Problems) session.Problems.Add("console error: " + m.Text); };
        page.PageError += (_, e) => { lock (session.Problems) session.Problems.Add("page error: " + e); };
        page.RequestFailed += (_, r) =>
        {
            // A file still loading (a preloaded script, say) when the page moves on is cancelled, not failed.
            if (r.Failure == "net::ERR_ABORTED" && r.ResourceType is "script" or "stylesheet" or "font" or "image") return;
            lock (session.Problems) session.Problems.Add($"failed request: {r.Url} ({r.Failure})");
        };
        page.Response += (_, r) => { if (r.Status >= 500) lock (session.Problems) session.Problems.Add($"server error {r.Status}: {r.Url}"); };
        return session;
    }

    public Task<IResponse?> GoAsync(string path) => Page.GotoAsync(BaseUrl + path, new() { WaitUntil = WaitUntilState.NetworkIdle });

    public string PathAndQuery => new Uri(Page.Url).PathAndQuery;

    /// <summary>Waits until the address bar (pushed by htmx) satisfies a condition.</summary>
    public Task WaitForUrlAsync(Func<string, bool> condition) =>
        Page.WaitForURLAsync(url => condition(new Uri(url).PathAndQuery), new() { Timeout = BrowserFixture.Patience });

    /// <summary>On the sign-in page an editing page sent the browser to: signs in as the test
    /// admin and waits to be back on <paramref name="returnPath"/>.</summary>
    public async Task SignInAsync(string returnPath)
    {
        await WaitForUrlAsync(u => u.Contains("/account/sign-in"));
        await Page.FillAsync("#a-user", AppHost.EditorName);
        await Page.FillAsync("#a-password", AppHost.EditorPassword);
        await Page.ClickAsync("form.account-form button[type=submit]");
        await WaitForUrlAsync(u => u.StartsWith(returnPath));
    }

    /// <summary>Saves a full-page screenshot as <paramref name="name"/> when E2E_SCREENSHOTS names a
    /// folder: a way to look at what a test saw.</summary>
    public async Task KeepScreenshotAsync(string name)
    {
        if (Environment.GetEnvironmentVariable("E2E_SCREENSHOTS") is { Length: > 0 } dir)
            await Page.ScreenshotAsync(new() { Path = Path.Combine(dir, name), FullPage = true });
    }

    public void AssertNoProblems()
    {
        lock (Problems) Assert.True(Problems.Count == 0, string.Join("\n", Problems));
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
