using Microsoft.Playwright;

namespace AigcDashboard.E2E;

/// <summary>
/// A browser page on the app that records what must never happen: console errors, failed
/// requests, and requests to anywhere but the app (those are also blocked).
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly AppHost app;
    public IPage Page { get; }
    public string BaseUrl => app.BaseUrl;
    public List<string> Problems { get; } = [];

    /// <summary>What the page did lately (clicks, navigations, requests, the circuit's connection),
    /// told when a wait times out: a timeout alone does not say whether the click, the navigation
    /// or the render failed.</summary>
    private readonly Queue<string> trail = new();
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();

    private void Note(string what)
    {
        lock (trail)
        {
            trail.Enqueue($"{clock.ElapsedMilliseconds,7} ms  {what}");
            if (trail.Count > 60) trail.Dequeue();
        }
    }

    /// <summary>Logs clicks and the circuit's connection states to the console, where <see cref="Note"/> picks them up.</summary>
    private const string Trail = """
        document.addEventListener("click", (e) => console.debug(`[trail] click at ${e.clientX},${e.clientY} (scrolled ${scrollX},${scrollY}) on `
            + (e.target?.outerHTML ?? "").slice(0, 120) + (e.isTrusted ? "" : " (script)")), true);
        addEventListener("popstate", () => console.debug("[trail] popstate " + location.href));
        document.addEventListener("DOMContentLoaded", () => document.getElementById("components-reconnect-modal")
            ?.addEventListener("components-reconnect-state-changed", (e) => console.debug("[trail] circuit " + e.detail.state)));
        """;

    private PageSession(IBrowserContext context, IPage page, AppHost app) =>
        (this.context, Page, this.app, appErrorsBefore) = (context, page, app, app.Errors.Count);

    private readonly int appErrorsBefore;

    public static Task<PageSession> OpenAsync(BrowserFixture fixture, int width = 1280, int height = 800, bool darkTheme = false) =>
        OpenAsync(fixture.Browser, fixture.App, width, height, darkTheme);

    public static async Task<PageSession> OpenAsync(IBrowser browser, AppHost app, int width = 1280, int height = 800, bool darkTheme = false)
    {
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            AcceptDownloads = true,
            BypassCSP = true, // lets the tests inject axe-core
        });
        if (darkTheme)
            await context.AddCookiesAsync([new() { Name = "theme", Value = "dark", Url = app.BaseUrl }]);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = app.BaseUrl });
        context.SetDefaultTimeout(BrowserFixture.Patience);
        var page = await context.NewPageAsync();
        var session = new PageSession(context, page, app);
        await context.AddInitScriptAsync(Trail);
        page.FrameNavigated += (_, f) => { if (f == page.MainFrame) session.Note("navigated to " + f.Url); };
        page.Request += (_, r) => session.Note($"{r.Method} {r.Url}");
        page.RequestFinished += (_, r) => session.Note($"finished {r.Url}");
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(app.BaseUrl, StringComparison.Ordinal)) await route.ContinueAsync();
            else
            {
                lock (session.Problems) session.Problems.Add("request leaving the machine: " + route.Request.Url);
                await route.AbortAsync();
            }
        });
        page.Console += (_, m) =>
        {
            if (m.Type == "error") lock (session.Problems) session.Problems.Add("console error: " + m.Text);
            else if (m.Text.StartsWith("[trail] ", StringComparison.Ordinal)) session.Note(m.Text[8..]);
        };
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

    /// <summary>Opens a page and, for a dashboard page, waits until its circuit is connected (a click
    /// before that would meet the prerendered page, which does not answer clicks yet).</summary>
    public Task<IResponse?> GoAsync(string path) => ExplainTimeoutAsync(async () =>
    {
        var response = await Page.GotoAsync(BaseUrl + path, new() { WaitUntil = WaitUntilState.Load });
        await WaitForCircuitAsync();
        return response;
    });

    /// <summary>Waits for the layout's sign that the circuit is running (pages without a circuit have none to wait for).</summary>
    public Task WaitForCircuitAsync() =>
        Page.WaitForFunctionAsync("() => document.querySelector('.static-app') || (document.querySelector('#app[data-circuit=connected]') && !document.querySelector('.page-progress'))");

    public string PathAndQuery => new Uri(Page.Url).PathAndQuery;

    /// <summary>Waits until the address (changed on the circuit, or a new page's) satisfies a condition,
    /// then until that page has loaded.</summary>
    /// <remarks>Not Playwright's WaitForURLAsync: it checks the address, then listens for navigations,
    /// and a navigation reported between the two (on Playwright's own thread) is lost, so it waits
    /// out its timeout on a page already at the address (microsoft/playwright-dotnet#3364). Here the
    /// listener comes first.</remarks>
    public Task WaitForUrlAsync(Func<string, bool> condition) => ExplainTimeoutAsync(async () =>
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool Matches(string url) => condition(new Uri(url).PathAndQuery);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == Page.MainFrame && Matches(frame.Url)) reached.TrySetResult();
        }
        Page.FrameNavigated += OnNavigated;
        try
        {
            if (Matches(Page.Url)) reached.TrySetResult();
            await reached.Task.WaitAsync(TimeSpan.FromMilliseconds(BrowserFixture.Patience));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No navigation to the expected address within {BrowserFixture.Patience / 1000} s.");
        }
        finally
        {
            Page.FrameNavigated -= OnNavigated;
        }
        // Asked of the page itself, so no event can be missed here either.
        await Page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        return true;
    });

    /// <summary>Runs a wait; if it times out, the message adds where the page is, its problems, its
    /// recent trail and the app's last log lines.</summary>
    private async Task<T> ExplainTimeoutAsync<T>(Func<Task<T>> wait)
    {
        try
        {
            return await wait();
        }
        catch (TimeoutException e)
        {
            string explained;
            lock (Problems) lock (trail)
                explained = $"{e.Message}\nThe page is at {Page.Url}.\nProblems: {(Problems.Count == 0 ? "none" : string.Join("; ", Problems))}\n"
                    + "What it did last:\n" + string.Join("\n", trail) + "\nWhat the app said last:\n" + app.RecentLog(30);
            throw new TimeoutException(explained, e);
        }
    }

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

    /// <summary>Hovers each drawn bar of <paramref name="chart"/> (its element's selector, such as
    /// "#chart-rounds") in turn, waits for the chart's tooltip to name that bar's company (the bar's
    /// row in the chart's data table: not the tooltip the previous bar left showing), and hands
    /// <paramref name="check"/> the tooltip and the company. Empty bars are skipped.</summary>
    public async Task HoverEachBarAsync(string chart, Func<ILocator, string, Task> check)
    {
        var tooltip = Page.Locator($"{chart} .apexcharts-tooltip");
        foreach (var bar in await Page.Locator($"{chart} path.apexcharts-bar-area").AllAsync())
        {
            await bar.ScrollIntoViewIfNeededAsync();
            if (await bar.BoundingBoxAsync() is not { Width: >= 1, Height: >= 1 } box) continue;
            await Page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
            var point = int.Parse((await bar.GetAttributeAsync("j"))!, System.Globalization.CultureInfo.InvariantCulture);
            var company = (await Page.Locator($"{chart}-data tbody tr").Nth(point).Locator("td").First.TextContentAsync())!;
            await Assertions.Expect(tooltip.Locator(".chart-tooltip")).ToBeVisibleAsync();
            await Assertions.Expect(tooltip).ToContainTextAsync(company);
            await check(tooltip, company);
        }
    }

    /// <summary>Saves a full-page screenshot as <paramref name="name"/> when E2E_SCREENSHOTS names a
    /// folder: a way to look at what a test saw.</summary>
    public async Task KeepScreenshotAsync(string name)
    {
        if (Environment.GetEnvironmentVariable("E2E_SCREENSHOTS") is { Length: > 0 } dir)
            await Page.ScreenshotAsync(new() { Path = Path.Combine(dir, name), FullPage = true });
    }

    /// <summary>Asserts that the page met no problem, and that the app logged no error since the page opened.</summary>
    public void AssertNoProblems()
    {
        lock (Problems) Assert.True(Problems.Count == 0, string.Join("\n", Problems));
        var errors = app.Errors.Skip(appErrorsBefore).ToList();
        Assert.True(errors.Count == 0, "The app logged errors:\n" + string.Join("\n", errors));
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
