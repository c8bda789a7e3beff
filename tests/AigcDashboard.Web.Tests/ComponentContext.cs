using AigcDashboard.Core.Data;
using AigcDashboard.Core.Queries;
using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Infrastructure;
using AigcDashboard.Web.Model;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;

namespace AigcDashboard.Web.Tests;

/// <summary>
/// A bUnit context wired like a circuit: MudBlazor's services (and its popover and dialog
/// providers, rendered first), the reader's language as the address chose it, and the app's own
/// view services over the seeded database. Pages read the address from NavigationManager.
/// </summary>
public sealed class ComponentContext : BunitContext
{
    // Loads run on real databases, a server among them, beside other test classes: a wait gives
    // them time (it only ends a failing test later, never a passing one).
    static ComponentContext() => DefaultWaitTimeout = TimeSpan.FromSeconds(15);

    /// <param name="url">The page's URL; its ?lang= chooses the language (Chinese without one, as in the app).</param>
    /// <param name="providers">Render MudBlazor's popover and dialog providers first (a layout under test has its own).</param>
    public ComponentContext(SeededDatabase database, string url, bool interactive = true, bool providers = true)
    {
        var query = QueryHelpers.ParseQuery(url.Contains('?') ? url[url.IndexOf('?')..] : "");
        var lang = query.TryGetValue("lang", out var l) && l.Contains("en") ? "en" : "zh";
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        var ui = new UiContext();
        ui.Initialize(lang, null, false);
        Services.AddSingleton(ui);
        Services.AddSingleton<IStringLocalizer<SharedResource>, UiStringLocalizer>();
        Services.AddSingleton(Options.Create(new CacheOptions()));
        Services.AddSingleton(Options.Create(new DatabaseOptions { Provider = database.Provider.ToString() }));
        Services.AddSingleton<Microsoft.EntityFrameworkCore.IDbContextFactory<DashboardDbContext>>(database);
        Services.AddSingleton<DashboardQueries>();
        Services.AddSingleton<DataVersionReader>();
        Services.AddSingleton<ViewCache>();
        Services.AddScoped<CircuitConnection>();
        Services.AddSingleton<DashboardViews>();
        if (interactive) SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        if (!providers) return;
        Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
    }

    private readonly IRenderedComponent<MudDialogProvider>? dialogs;

    /// <summary>Where MudBlazor draws the open dialogs.</summary>
    public IRenderedComponent<MudDialogProvider> Dialogs => dialogs ?? throw new InvalidOperationException("This context renders no providers.");

    public string Uri => Services.GetRequiredService<NavigationManager>().Uri;

    /// <summary>The address now, relative to the site ("/timeline?at=2022").</summary>
    public string Address => "/" + Services.GetRequiredService<NavigationManager>().ToBaseRelativePath(Uri);

    /// <summary>Waits until an assertion on what a component did outside its markup (a call into
    /// its JS module, made after a render) holds. bUnit's own waits look again only when something
    /// renders, and such a call may come after the last render.</summary>
    public static async Task Eventually(Action assertion)
    {
        var until = DateTime.UtcNow + DefaultWaitTimeout;
        while (true)
        {
            try { assertion(); return; }
            catch (Exception) when (DateTime.UtcNow < until) { await Task.Delay(20); }
        }
    }

    /// <summary>Renders a page and waits until it has loaded its view (its frame is no longer busy).</summary>
    public IRenderedComponent<TPage> RenderPage<TPage>(Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent
    {
        var cut = parameters is null ? Render<TPage>() : Render(parameters);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("main[aria-busy=true], .page-progress")), TimeSpan.FromSeconds(30));
        return cut;
    }
}

/// <summary>One seeded in-memory database shared by a test class.</summary>
public sealed class DatabaseFixture : IDisposable
{
    public SeededDatabase Database { get; } = new();
    public void Dispose() => Database.Dispose();
}
