using Microsoft.Playwright;

namespace AigcDashboard.E2E;

/// <summary>
/// One app process and one Chromium for all browser tests. Chromium is Debian's (installed by
/// ./test.sh); without it the tests fail, they never skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>How long a test waits for the page: generous, because CI runs the other test
    /// projects beside these on two cores. (Waiting long costs nothing when the page is quick.)</summary>
    public const float Patience = 30_000;

    public AppHost App { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;
    private IPlaywright playwright = default!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: run ./test.sh, which installs Debian's chromium and fonts-noto-cjk.");
        Assertions.SetDefaultExpectTimeout(Patience);
        App = await AppHost.StartAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
