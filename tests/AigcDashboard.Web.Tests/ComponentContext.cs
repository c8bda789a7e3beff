using System.Globalization;
using AigcDashboard.Core.Queries;
using AigcDashboard.Core.Tests;
using AigcDashboard.Web.Infrastructure;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace AigcDashboard.Web.Tests;

/// <summary>
/// A bUnit context wired like a request: the URL's filter (parsed by the app's own parser),
/// the language's culture and resource strings, and queries over the seeded database.
/// </summary>
public sealed class ComponentContext : BunitContext
{
    /// <param name="url">The page's URL; its ?lang= chooses the language (Chinese without one, as in the app).</param>
    public ComponentContext(SeededDatabase database, string url)
    {
        var query = QueryHelpers.ParseQuery(url.Contains('?') ? url[url.IndexOf('?')..] : "")
            .ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string?>)kv.Value.ToArray());
        var lang = query.TryGetValue("lang", out var l) && l.Contains("en") ? "en" : "zh";
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton<IStringLocalizer<SharedResource>>(sp => new FixedCultureLocalizer(sp.GetRequiredService<IStringLocalizerFactory>(), new CultureInfo(lang)));
        Services.AddSingleton(new DashboardRequest(query, lang));
        Services.AddTransient(_ => new DashboardQueries(database.CreateContext()));
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
    }

    /// <summary>Renders a page and waits until it has loaded its data (no element is aria-busy),
    /// as a served page is sent only then. On PostgreSQL the queries really are asynchronous.</summary>
    public IRenderedComponent<TPage> RenderPage<TPage>(Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent
    {
        var cut = parameters is null ? Render<TPage>() : Render(parameters);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[aria-busy]")), TimeSpan.FromSeconds(30));
        return cut;
    }
}

/// <summary>One seeded in-memory database shared by a test class.</summary>
public sealed class DatabaseFixture : IDisposable
{
    public SeededDatabase Database { get; } = new();
    public void Dispose() => Database.Dispose();
}
